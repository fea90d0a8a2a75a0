package fr.uphf.site.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in staff for MockMvc requests. */
public final class Staff {

    /**
     * The name of the session cookie under MockMvc: Spring Session takes it from the servlet context, a mock one there,
     * where the running server names it after {@code server.servlet.session.cookie.name}.
     */
    public static final String MOCK_SESSION_COOKIE = "SESSION";

    private Staff() {
    }

    public static RequestPostProcessor editor() {
        return user("redactrice").roles("EDITOR");
    }

    public static RequestPostProcessor admin() {
        return user("administrateur").roles("ADMIN");
    }

    /** The session cookie a MockMvc request was given, to send with the next ones as a browser does. */
    public static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(MOCK_SESSION_COOKIE);
        if (cookie == null) {
            throw new AssertionError("no session cookie in the answer to " + result.getRequest().getRequestURI());
        }
        return cookie;
    }
}

package fr.uphf.site.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in staff for MockMvc requests. */
public final class Staff {

    private Staff() {
    }

    public static RequestPostProcessor editor() {
        return user("redactrice").roles("EDITOR");
    }

    public static RequestPostProcessor admin() {
        return user("administrateur").roles("ADMIN");
    }
}

package fr.uphf.site.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in staff for MockMvc requests, and signing in with a real browser. */
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

    /**
     * Signs in through the sign-in form as rendered, with the keyboard alone (type, Tab, type, Enter), its cookies
     * cleared first since signing out is not relied on, and waits for the dashboard.
     */
    public static void signIn(WebDriver driver, int port, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/connexion");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(password, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(":" + port + "/admin"));
    }
}

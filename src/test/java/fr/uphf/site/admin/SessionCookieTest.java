package fr.uphf.site.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteClient;
import fr.uphf.site.support.SiteClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The session cookie and the caching of staff answers, as the real servlet container sends them. */
@RunningSiteTest
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    private static String sessionCookie(Answer answer) {
        return answer.headers("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        Answer login = new SiteClient(port).get("/connexion");
        assertThat(sessionCookie(login)).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(login.body()).contains("name=\"_csrf\"");
    }

    @Test
    void theSessionCookieIsSecureWhenAProxyReceivedTheRequestOverHttps() throws Exception {
        Answer login = new SiteClient(port).get("/connexion", "X-Forwarded-Proto: https");
        assertThat(sessionCookie(login)).contains("Secure", "HttpOnly");
    }

    @Test
    void staffAnswersAreNeverStoredByTheBrowserOrAProxy() throws Exception {
        if (users.findByUsername("cachee").isEmpty()) {
            users.save(new AppUser("cachee", encoder.encode("un mot de passe de test"), Role.EDITOR));
        }
        SiteClient staff = new SiteClient(port);
        assertThat(staff.get("/admin").header("Cache-Control")).as("/admin, signed out").contains("no-store");
        assertThat(staff.get("/connexion").header("Cache-Control")).as("/connexion").contains("no-store");
        Answer signedIn = staff.signIn("cachee", "un mot de passe de test");
        assertThat(signedIn.header("Location")).isEqualTo("/admin");
        assertThat(signedIn.header("Cache-Control")).as("sign-in").contains("no-store");
        assertThat(staff.get("/admin").header("Cache-Control")).as("/admin").contains("no-store");
        assertThat(staff.get("/admin/pages").header("Cache-Control")).as("/admin/pages").contains("no-store");
        Answer signedOut = staff.submit("/admin", "/deconnexion", Map.of());
        assertThat(signedOut.header("Location")).isEqualTo("/connexion?deconnecte");
        assertThat(signedOut.header("Cache-Control")).as("/deconnexion").contains("no-store");

        assertThat(String.valueOf(new SiteClient(port).get("/").header("Cache-Control"))).doesNotContain("no-store");
    }
}

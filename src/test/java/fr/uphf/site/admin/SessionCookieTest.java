package fr.uphf.site.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteClient;
import fr.uphf.site.support.SiteClient.Answer;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The session cookie, the caching of staff answers and how long an idle staff session lasts, as the real servlet
 * container and the sessions stored in PostgreSQL handle them.
 */
@RunningSiteTest
class SessionCookieTest {

    @RegisterExtension
    static final StaffAccount cached = StaffAccount.editor("cachee", "un mot de passe de test");

    @RegisterExtension
    static final StaffAccount patient = StaffAccount.editor("patiente", "un mot de passe de test");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
        SiteClient staff = new SiteClient(port);
        assertThat(staff.get("/admin").header("Cache-Control")).as("/admin, signed out").contains("no-store");
        assertThat(staff.get("/connexion").header("Cache-Control")).as("/connexion").contains("no-store");
        Answer signedIn = staff.signIn(cached.name(), cached.password());
        assertThat(signedIn.header("Location")).isEqualTo("/admin");
        assertThat(signedIn.header("Cache-Control")).as("sign-in").contains("no-store");
        assertThat(staff.get("/admin").header("Cache-Control")).as("/admin").contains("no-store");
        assertThat(staff.get("/admin/pages").header("Cache-Control")).as("/admin/pages").contains("no-store");
        Answer signedOut = staff.submit("/admin", "/deconnexion", Map.of());
        assertThat(signedOut.header("Location")).isEqualTo("/connexion?deconnecte");
        assertThat(signedOut.header("Cache-Control")).as("/deconnexion").contains("no-store");

        assertThat(String.valueOf(new SiteClient(port).get("/").header("Cache-Control"))).doesNotContain("no-store");
    }

    /**
     * RGAA 13.1 (WCAG 2.2.1, its 20-hour exception): a member of staff who leaves a form for a working day, lunch and
     * meetings included, can still send it; the session ends after 20 hours without a request.
     */
    @Test
    void anIdleStaffSessionLastsTwentyHours() throws Exception {
        String name = patient.name();
        SiteClient staff = new SiteClient(port);
        staff.signIn(name, patient.password());
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, name)).isEqualTo(Duration.ofHours(20).toSeconds());

        String token = staff.get("/admin/mon-compte").document().selectFirst("input[name=_csrf]").attr("value");
        idleFor(name, Duration.ofHours(9));
        Answer afterAWorkingDay = staff.post("/admin/mon-compte", Map.of("_csrf", token, "current", "pas le bon"));
        assertThat(afterAWorkingDay.status()).as("a form sent after nine idle hours is read, not refused").isEqualTo(200);
        assertThat(afterAWorkingDay.body()).contains("Tapez le nouveau mot de passe.");

        idleFor(name, Duration.ofHours(20).plusMinutes(1));
        assertThat(staff.get("/admin").header("Location")).contains("/connexion");
    }

    /** Moves the last request of the account's sessions back in time, as if nobody had used them since. */
    private void idleFor(String name, Duration idle) {
        long millis = System.currentTimeMillis() - idle.toMillis();
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000"
                + " where principal_name = ?", millis, millis, name);
    }
}

package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.uphf.site.admin.AppUser;
import fr.uphf.site.admin.AppUserRepository;
import fr.uphf.site.admin.Role;
import fr.uphf.site.content.PageRepository;
import fr.uphf.site.support.SiteClient;
import fr.uphf.site.support.SiteClient.Answer;
import fr.uphf.site.support.SiteInstances;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two instances of the site on one database, as behind a load balancer that sends each request anywhere (no sticky
 * sessions): staff sessions live in the database, so either instance serves them, a page published through one is
 * shown by the other within a second although the other kept the former version in its page cache, and each instance
 * reports its own metrics on its management port.
 */
class SeveralInstancesTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final String PASSWORD = "un mot de passe de test";

    private static SiteInstances sites;

    @BeforeAll
    static void startTwoInstances() {
        sites = SiteInstances.start(2);
        AppUserRepository users = sites.bean(A, AppUserRepository.class);
        PasswordEncoder encoder = sites.bean(A, PasswordEncoder.class);
        users.save(new AppUser("nomade", encoder.encode(PASSWORD), Role.EDITOR));
        users.save(new AppUser("passante", encoder.encode(PASSWORD), Role.EDITOR));
        users.save(new AppUser("gardienne", encoder.encode(PASSWORD), Role.ADMIN));
    }

    @AfterAll
    static void stopThem() {
        sites.close();
    }

    /** Whether a request sent with exactly this session cookie, and no other, reaches the admin on that instance. */
    private static Answer adminWith(int instance, String sessionCookie) throws Exception {
        return new SiteClient(sites.port(instance)).get("/admin", "Cookie: JSESSIONID=" + sessionCookie);
    }

    @Test
    void aStaffSessionOpenedOnOneInstanceIsServedByTheOtherAndSigningOutThereEndsItEverywhere() throws Exception {
        SiteClient onA = new SiteClient(sites.port(A));
        assertThat(onA.signIn("nomade", PASSWORD).header("Location")).isEqualTo("/admin");
        String session = onA.cookie("JSESSIONID");
        assertThat(session).isNotBlank();

        SiteClient onB = onA.on(sites.port(B));
        Answer admin = onB.get("/admin");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.document().select("form[action=/deconnexion]")).hasSize(1);
        assertThat(adminWith(A, session).status()).isEqualTo(200);

        // The sign-out form as instance B renders it, with the CSRF token kept in the shared session.
        assertThat(onB.submit("/admin", "/deconnexion", Map.of()).header("Location")).isEqualTo("/connexion?deconnecte");
        assertThat(onB.cookie("JSESSIONID")).isNull();
        for (int instance : new int[] {A, B}) {
            Answer after = adminWith(instance, session);
            assertThat(after.status()).as("instance %d", instance).isEqualTo(302);
            assertThat(after.header("Location")).as("instance %d", instance).isEqualTo("/connexion");
        }
    }

    @Test
    void disablingAnAccountOnOneInstanceEndsItsSessionOnTheOther() throws Exception {
        SiteClient editor = new SiteClient(sites.port(B));
        editor.signIn("passante", PASSWORD);
        assertThat(editor.get("/admin").status()).isEqualTo(200);

        SiteClient administrator = new SiteClient(sites.port(A));
        administrator.signIn("gardienne", PASSWORD);
        long id = sites.bean(A, AppUserRepository.class).findByUsername("passante").orElseThrow().getId();
        assertThat(administrator.submit("/admin/comptes", "/admin/comptes/" + id + "/activation", Map.of())
                .header("Location")).isEqualTo("/admin/comptes");

        assertThat(editor.get("/admin").header("Location")).isEqualTo("/connexion?expire");
    }

    @Test
    void aPagePublishedThroughOneInstanceIsShownByTheOtherWithinASecond() throws Exception {
        SiteClient visitorOfB = new SiteClient(sites.port(B));
        visitorOfB.get("/eunice/etudiants");
        assertThat(visitorOfB.get("/eunice/etudiants").header("X-Cache")).isEqualTo("HIT");

        SiteClient editor = new SiteClient(sites.port(A));
        editor.signIn("nomade", PASSWORD);
        long id = sites.bean(A, PageRepository.class).findAll().stream()
                .filter(page -> page.getSlug().equals("etudiants")).findFirst().orElseThrow().getId();
        Document form = editor.get("/admin/pages/" + id).document();
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("form[action=/admin/pages/" + id + "] :is(input[name], textarea[name])")
                .forEach(field -> fields.put(field.attr("name"), field.is("textarea") ? field.text() : field.val()));
        fields.put("bodyMarkdown", "Un texte publié par l’instance A.");
        fields.put("action", "PUBLISH");
        assertThat(editor.post("/admin/pages/" + id, fields).status()).isEqualTo(302);

        String shown = visitorOfB.getUntil("/eunice/etudiants",
                answer -> answer.body().contains("Un texte publié par l’instance A."), Duration.ofSeconds(1)).body();
        assertThat(shown).contains("Un texte publié par l’instance A.");
    }

    @Test
    void eachInstanceReportsItsMetricsOnItsManagementPortOnly() throws Exception {
        SiteClient visitor = new SiteClient(sites.port(A));
        assertThat(visitor.get("/campus/mont-houy").status()).isEqualTo(200);
        assertThat(visitor.get("/actuator/prometheus").status()).isEqualTo(404);

        Answer metrics = new SiteClient(sites.managementPort(A)).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count{", "uri=\"/campus/{slug}\"",
                "hikaricp_connections_active{", "jvm_memory_used_bytes{", "cache_gets_total{cache=\"pages\"",
                "cache_evictions_total{cache=\"pages\"");
    }
}

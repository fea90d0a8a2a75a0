package fr.uphf.site.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.uphf.site.audit.AuditLogRepository;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteClient.Answer;
import fr.uphf.site.support.SiteClient;
import fr.uphf.site.support.StaffAccount;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, redirects and staff pages over real HTTP against the running server, with the headers a client or a proxy
 * may send, and forms as the site renders them (the CSRF token read from the page).
 */
@RunningSiteTest
class StaffOverHttpTest {

    private static final String PASSWORD = "un mot de passe de test";

    @RegisterExtension
    static final StaffAccount ADMIN = StaffAccount.admin("hote-admin", PASSWORD);

    @RegisterExtension
    static final StaffAccount EDITOR = StaffAccount.editor("hote-editrice", PASSWORD);

    @RegisterExtension
    static final StaffAccount SIMULTANEOUS = StaffAccount.editor("simultanee", PASSWORD);

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    AuditLogRepository audit;

    @Autowired
    LoginProperties login;

    @Test
    void redirectsNeverNameTheHostTheClientSent() throws Exception {
        for (String forged : List.of("Host: evil.example", "X-Forwarded-Host: evil.example")) {
            SiteClient client = new SiteClient(port);
            assertThat(client.get("/admin", forged).header("Location")).as(forged).isEqualTo("/connexion");
            assertThat(client.signIn("hote-admin", "wrong password", forged).header("Location")).as(forged)
                    .isEqualTo("/connexion?erreur");
            assertThat(client.signIn("hote-admin", PASSWORD, forged).header("Location")).as(forged).isEqualTo("/admin");
            long id = users.findByUsername("hote-editrice").orElseThrow().getId();
            assertThat(client.submit("/admin/comptes", "/admin/comptes/" + id + "/activation", Map.of(), forged)
                    .header("Location")).as(forged).isEqualTo("/admin/comptes");
            client.submit("/admin/comptes", "/admin/comptes/" + id + "/activation", Map.of(), forged);
            assertThat(client.submit("/admin", "/deconnexion", Map.of(), forged).header("Location")).as(forged)
                    .isEqualTo("/connexion?deconnecte");
            assertThat(client.get("/favicon.ico", forged).header("Location")).as(forged).isEqualTo("/favicon.svg");
        }
    }

    @Test
    void twelveSimultaneousWrongPasswordsForOneAccountAreCheckedAtMostFiveTimes() throws Exception {
        int attempts = 12;
        List<SiteClient> clients = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            SiteClient client = new SiteClient(port);
            Document page = client.get("/connexion").document();
            clients.add(client);
            forms.add(Map.of("_csrf", page.select("input[name=_csrf]").val(), "username", "simultanee",
                    "password", "wrong password " + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int attempt = i;
            answers.add(pool.submit(() -> {
                start.await();
                return clients.get(attempt).post("/connexion", forms.get(attempt), "X-Forwarded-For: 10.77.0.1");
            }));
        }
        start.countDown();
        List<String> locations = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            locations.add(answer.get().header("Location"));
        }
        pool.shutdown();

        assertThat(locations.stream().filter("/connexion?erreur"::equals)).hasSizeLessThanOrEqualTo(login.maxFailures());
        assertThat(locations.stream().filter(location -> location.startsWith("/connexion?bloque=")))
                .hasSizeGreaterThanOrEqualTo(attempts - login.maxFailures());
        assertThat(audit.search("simultanee", "LOGIN_FAILED", null, Pageable.unpaged()).getTotalElements())
                .isLessThanOrEqualTo(login.maxFailures());
        assertThat(new SiteClient(port).signIn("simultanee", PASSWORD, "X-Forwarded-For: 10.77.0.1")
                .header("Location")).startsWith("/connexion?bloque=");
        // The account is locked for that address only: its owner still gets in from elsewhere.
        assertThat(new SiteClient(port).signIn("simultanee", PASSWORD, "X-Forwarded-For: 10.77.0.2")
                .header("Location")).isEqualTo("/admin");
    }

    @Test
    void staffRefusedAScreenStayInTheAdminLayout() throws Exception {
        SiteClient editor = new SiteClient(port);
        editor.signIn("hote-editrice", PASSWORD);
        Answer denied = editor.get("/admin/comptes");
        assertThat(denied.status()).isEqualTo(403);
        Document page = denied.document();
        assertThat(page.select("h1").text()).isEqualTo("Accès refusé");
        assertThat(page.select("nav a[href=/admin/pages]")).hasSize(1);
        assertThat(page.select("form[action=/deconnexion] input[name=_csrf]")).hasSize(1);

        Answer visitor = new SiteClient(port).get("/admin/comptes");
        assertThat(visitor.header("Location")).isEqualTo("/connexion");
    }

    @Test
    void theSiteHasAFaviconLinkedFromBothLayouts() throws Exception {
        SiteClient visitor = new SiteClient(port);
        Answer icon = visitor.get("/favicon.svg");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(icon.body()).contains("<svg");
        Answer legacy = visitor.get("/favicon.ico");
        assertThat(legacy.status()).isEqualTo(301);
        assertThat(legacy.header("Location")).isEqualTo("/favicon.svg");
        for (String path : List.of("/", "/connexion")) {
            assertThat(visitor.get(path).document().select("link[rel=icon]").attr("href")).as(path)
                    .matches("/favicon-[0-9a-f]{32}\\.svg");
        }
    }
}

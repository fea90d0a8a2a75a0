package fr.uphf.site.admin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import fr.uphf.site.audit.AuditEntry;
import fr.uphf.site.audit.AuditLogRepository;
import fr.uphf.site.support.MutableClock;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SiteTest
class AdminSecurityTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    AuditLogRepository audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginProperties login;

    @BeforeEach
    void createAccounts() {
        for (String name : List.of("camille", "dominique", "eden", "fanny", "gael")) {
            if (users.findByUsername(name).isEmpty()) {
                users.save(new AppUser(name, encoder.encode(PASSWORD), Role.EDITOR));
            }
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A sign-in from its own address, so that tests do not lock each other out by address. */
    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/connexion").with(csrf()).param("username", username).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String path : List.of("/admin", "/admin/pages", "/admin/donnees/campus", "/admin/comptes", "/admin/journal")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/connexion"));
        }
        mvc.perform(get("/connexion")).andExpect(status().isOk());
    }

    @Test
    void anEditorIsRefusedAccountManagementAndTheAuditLog() throws Exception {
        mvc.perform(get("/admin/comptes").with(Staff.editor())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/journal").with(Staff.editor())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/comptes").with(Staff.editor()).with(csrf())
                .param("username", "intrus").param("role", "ADMIN").param("password", "azertyuiopqsd"))
                .andExpect(status().isForbidden());
        assertThat(users.findByUsername("intrus")).isEmpty();
        mvc.perform(get("/admin/comptes").with(Staff.admin())).andExpect(status().isOk());
        mvc.perform(get("/admin").with(Staff.editor())).andExpect(status().isOk());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/pages/1/publier").with(Staff.editor())).andExpect(status().isForbidden());
        mvc.perform(post("/connexion").param("username", "camille").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingInWorksChangesTheSessionAndIsAudited() throws Exception {
        Cookie before = Staff.sessionCookie(mvc.perform(get("/connexion")).andReturn());
        MvcResult result = mvc.perform(post("/connexion").cookie(before).with(csrf())
                        .param("username", "camille").param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin")).andReturn();
        assertThat(Staff.sessionCookie(result).getValue()).isNotEqualTo(before.getValue());
        signIn("camille", "wrong password", "10.0.0.2").andExpect(redirectedUrl("/connexion?erreur"));
        assertThat(audit.search("camille", "LOGIN", null, Pageable.unpaged()))
                .isNotEmpty();
        assertThat(audit.search("camille", "LOGIN_FAILED", null, Pageable.unpaged()))
                .isNotEmpty();
        mvc.perform(post("/deconnexion").with(csrf()).cookie(Staff.sessionCookie(result)))
                .andExpect(redirectedUrl("/connexion?deconnecte"))
                .andExpect(cookie().maxAge(Staff.MOCK_SESSION_COOKIE, 0));
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileThenLetItIn() throws Exception {
        for (int attempt = 1; attempt <= login.maxFailures(); attempt++) {
            signIn("dominique", "not the password " + attempt, "10.0.0.3").andExpect(redirectedUrl("/connexion?erreur"));
        }
        // Locked from that address: even the right password is refused, before it is checked.
        signIn("dominique", PASSWORD, "10.0.0.3").andExpect(redirectedUrlPattern("/connexion?bloque=*"));
        mvc.perform(get("/connexion").param("bloque", "15"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Trop de tentatives de connexion échouées : réessayez dans 15 minute(s)."));
        assertThat(audit.search("dominique", "LOGIN_REFUSED", null, Pageable.unpaged()))
                .isNotEmpty();

        clock.advance(login.lockDuration().minus(Duration.ofSeconds(30)));
        signIn("dominique", PASSWORD, "10.0.0.3").andExpect(redirectedUrlPattern("/connexion?bloque=*"));

        clock.advance(Duration.ofMinutes(1));
        signIn("dominique", PASSWORD, "10.0.0.3").andExpect(redirectedUrl("/admin"));
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheAccountOutEverywhere() throws Exception {
        for (int attempt = 1; attempt <= login.maxFailures(); attempt++) {
            signIn("gael", "not the password " + attempt, "10.0.0.60").andExpect(redirectedUrl("/connexion?erreur"));
        }
        signIn("gael", PASSWORD, "10.0.0.60").andExpect(redirectedUrlPattern("/connexion?bloque=*"));
        signIn("gael", PASSWORD, "10.0.0.61").andExpect(redirectedUrl("/admin"));
    }

    @Test
    void repeatedFailuresFromOneAddressLockThatAddress() throws Exception {
        for (int attempt = 1; attempt <= login.maxFailuresPerAddress(); attempt++) {
            signIn("inconnu-" + attempt, "whatever", "10.0.0.9").andExpect(redirectedUrl("/connexion?erreur"));
        }
        signIn("camille", PASSWORD, "10.0.0.9").andExpect(redirectedUrlPattern("/connexion?bloque=*"));
        signIn("camille", PASSWORD, "10.0.0.10").andExpect(redirectedUrl("/admin"));
    }

    @Test
    void afterAFailedSignInTheFormKeepsTheUsernameEscaped() throws Exception {
        String typed = "camille\"><script>alert(1)</script>";
        Cookie session = Staff.sessionCookie(mvc.perform(post("/connexion").with(csrf()).param("username", typed)
                        .param("password", "wrong password").with(request -> {
                            request.setRemoteAddr("10.0.0.20");
                            return request;
                        }))
                .andExpect(redirectedUrl("/connexion?erreur")).andReturn());
        String html = mvc.perform(get("/connexion").param("erreur", "").cookie(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).getElementById("username").val()).isEqualTo(typed);
        assertThat(html).doesNotContain("<script>alert(1)</script>");

        String later = mvc.perform(get("/connexion").cookie(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(later).getElementById("username").val()).isEmpty();
    }

    private Document accounts() throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/comptes").with(Staff.admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorSeesWhichAccountIsLockedUntilWhenAndUnlocksIt() throws Exception {
        for (int attempt = 1; attempt <= login.maxFailures(); attempt++) {
            signIn("eden", "not the password " + attempt, "10.0.0.30").andExpect(redirectedUrl("/connexion?erreur"));
        }
        signIn("eden", PASSWORD, "10.0.0.30").andExpect(redirectedUrlPattern("/connexion?bloque=*"));

        String row = accounts().select("#verrous tr:contains(eden)").text();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));
        var until = clock.instant().plus(login.lockDuration());
        assertThat(row).containsAnyOf(time.format(until), time.format(until.minusSeconds(60)));

        mvc.perform(post("/admin/comptes/deblocage").param("compte", "eden").with(Staff.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/comptes"));
        assertThat(accounts().select("#verrous tr:contains(eden)")).isEmpty();
        signIn("eden", PASSWORD, "10.0.0.30").andExpect(redirectedUrl("/admin"));
        assertThat(audit.search("administrateur", "UNLOCK", null, Pageable.unpaged()))
                .extracting(AuditEntry::getDetail).contains("compte eden");
    }

    @Test
    void aPasswordResetUnlocksTheAccount() throws Exception {
        for (int attempt = 1; attempt <= login.maxFailures(); attempt++) {
            signIn("fanny", "not the password " + attempt, "10.0.0.40").andExpect(redirectedUrl("/connexion?erreur"));
        }
        signIn("fanny", PASSWORD, "10.0.0.40").andExpect(redirectedUrlPattern("/connexion?bloque=*"));
        long id = users.findByUsername("fanny").orElseThrow().getId();
        mvc.perform(post("/admin/comptes/" + id + "/mot-de-passe").param("password", "un tout nouveau mot de passe")
                .with(Staff.admin()).with(csrf())).andExpect(redirectedUrl("/admin/comptes"));
        signIn("fanny", "un tout nouveau mot de passe", "10.0.0.40").andExpect(redirectedUrl("/admin"));
    }

    @Test
    void anAdministratorSeesALockedAddressAndUnlocksIt() throws Exception {
        for (int attempt = 1; attempt <= login.maxFailuresPerAddress(); attempt++) {
            signIn("personne-" + attempt, "whatever", "10.0.0.50").andExpect(redirectedUrl("/connexion?erreur"));
        }
        signIn("camille", PASSWORD, "10.0.0.50").andExpect(redirectedUrlPattern("/connexion?bloque=*"));
        assertThat(accounts().select("#verrous tr:contains(10.0.0.50)")).hasSize(1);

        mvc.perform(post("/admin/comptes/deblocage").param("adresse", "10.0.0.50").with(Staff.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/comptes"));
        signIn("camille", PASSWORD, "10.0.0.50").andExpect(redirectedUrl("/admin"));
    }
}

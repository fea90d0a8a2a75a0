package fr.uphf.site.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.uphf.site.audit.AuditEntry;
import fr.uphf.site.audit.AuditLogRepository;
import fr.uphf.site.content.PageRepository;
import fr.uphf.site.shared.Area;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators create, disable, reset and change the role of staff accounts, and each member of staff changes their
 * own password; passwords are stored hashed, and each of these ends the account's open sessions.
 */
@SiteTest
class UserAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditLogRepository audit;

    @Autowired
    PageRepository pages;

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/connexion").with(csrf()).param("username", username).param("password", password)
                .with(request -> {
                    request.setRemoteAddr("10.1.0." + username.length());
                    return request;
                }));
    }

    private AppUser account(String username, String password) {
        return users.save(new AppUser(username, encoder.encode(password), Role.EDITOR));
    }

    /** The cookie of a session signed in through the sign-in form, as a browser keeps it. */
    private Cookie session(String username, String password) throws Exception {
        return Staff.sessionCookie(signIn(username, password).andExpect(redirectedUrl("/admin")).andReturn());
    }

    /** The session's next save is refused and sent to the sign-in page: it was ended. */
    private void assertEnded(Cookie session, String slug) throws Exception {
        mvc.perform(post("/admin/pages/nouvelle").param("area", "CAMPUS").cookie(session).with(csrf())
                        .param("title", "Écrit après la fin").param("slug", slug).param("description", "Jamais.")
                        .param("bodyMarkdown", "Texte").param("sortOrder", "10"))
                .andExpect(redirectedUrl("/connexion?expire"));
        assertThat(pages.findByAreaAndSlug(Area.CAMPUS, slug)).isEmpty();
    }

    private List<String> auditedActions(String objectLabel) {
        return audit.search(null, null, "compte", Pageable.unpaged()).stream()
                .filter(entry -> entry.getObjectLabel().startsWith(objectLabel))
                .map(AuditEntry::getAction).toList();
    }

    @Test
    void anAdministratorCreatesDisablesAndResetsAnEditor() throws Exception {
        mvc.perform(post("/admin/comptes").with(Staff.admin()).with(csrf())
                        .param("username", "sacha").param("role", "EDITOR").param("password", "un mot de passe long"))
                .andExpect(redirectedUrl("/admin/comptes"));
        AppUser sacha = users.findByUsername("sacha").orElseThrow();
        assertThat(sacha.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("un mot de passe long");
        signIn("sacha", "un mot de passe long").andExpect(redirectedUrl("/admin"));

        mvc.perform(post("/admin/comptes/" + sacha.getId() + "/activation").param("enabled", "false")
                .with(Staff.admin()).with(csrf())).andExpect(redirectedUrl("/admin/comptes"));
        signIn("sacha", "un mot de passe long").andExpect(redirectedUrl("/connexion?erreur"));

        mvc.perform(post("/admin/comptes/" + sacha.getId() + "/activation").param("enabled", "true")
                .with(Staff.admin()).with(csrf()));
        mvc.perform(post("/admin/comptes/" + sacha.getId() + "/mot-de-passe").param("password", "un autre mot de passe")
                .with(Staff.admin()).with(csrf())).andExpect(redirectedUrl("/admin/comptes"));
        signIn("sacha", "un autre mot de passe").andExpect(redirectedUrl("/admin"));
    }

    @Test
    void theCreationIsAuditedWithTheRoleInFrench() throws Exception {
        mvc.perform(post("/admin/comptes").with(Staff.admin()).with(csrf())
                        .param("username", "noa").param("role", "EDITOR").param("password", "un mot de passe long"))
                .andExpect(redirectedUrl("/admin/comptes"));
        AuditEntry created = audit.search("administrateur", "CREATE", "compte", Pageable.unpaged()).stream()
                .filter(entry -> entry.getObjectLabel().startsWith("noa")).findFirst().orElseThrow();
        assertThat(created.getObjectLabel()).isEqualTo("noa (Éditeur)");
    }

    @Test
    void disablingAnAccountEndsEveryOneOfItsSessions() throws Exception {
        AppUser lou = account("lou", "le mot de passe de lou");
        Cookie office = session("lou", "le mot de passe de lou");
        Cookie home = session("lou", "le mot de passe de lou");
        mvc.perform(get("/admin").cookie(office)).andExpect(status().isOk());

        mvc.perform(post("/admin/comptes/" + lou.getId() + "/activation").param("enabled", "false")
                .with(Staff.admin()).with(csrf())).andExpect(redirectedUrl("/admin/comptes"));

        assertEnded(office, "apres-desactivation-bureau");
        assertEnded(home, "apres-desactivation-maison");
    }

    @Test
    void aPasswordResetOrARoleChangeEndsTheAccountsSessions() throws Exception {
        AppUser ines = account("ines", "le mot de passe d'ines");
        Cookie before = session("ines", "le mot de passe d'ines");
        mvc.perform(post("/admin/comptes/" + ines.getId() + "/mot-de-passe").param("password", "un nouveau mot de passe")
                .with(Staff.admin()).with(csrf())).andExpect(redirectedUrl("/admin/comptes"));
        assertEnded(before, "apres-reinitialisation");

        Cookie editor = session("ines", "un nouveau mot de passe");
        mvc.perform(post("/admin/comptes/" + ines.getId() + "/role").param("role", "ADMIN")
                .with(Staff.admin()).with(csrf())).andExpect(redirectedUrl("/admin/comptes"));
        assertThat(users.findById(ines.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
        assertEnded(editor, "apres-changement-de-role");
        Cookie admin = session("ines", "un nouveau mot de passe");
        mvc.perform(get("/admin/comptes").cookie(admin)).andExpect(status().isOk());
        assertThat(auditedActions("ines")).contains("PASSWORD_RESET", "ROLE_CHANGE");
        assertThat(audit.search("administrateur", "ROLE_CHANGE", "compte", Pageable.unpaged()))
                .extracting(AuditEntry::getObjectLabel).contains("ines : Administrateur");
    }

    @Test
    void anAdministratorCannotChangeTheirOwnRole() throws Exception {
        AppUser self = users.findByUsername("administrateur")
                .orElseGet(() -> users.save(new AppUser("administrateur", encoder.encode("pas utilisé ici"), Role.ADMIN)));
        mvc.perform(post("/admin/comptes/" + self.getId() + "/role").param("role", "EDITOR")
                .with(Staff.admin()).with(csrf())).andExpect(redirectedUrl("/admin/comptes"));
        assertThat(users.findById(self.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void staffChangeTheirOwnPasswordGivingTheCurrentOneTwice() throws Exception {
        account("maelle", "le mot de passe actuel");
        Cookie here = session("maelle", "le mot de passe actuel");
        Cookie elsewhere = session("maelle", "le mot de passe actuel");
        mvc.perform(get("/admin/mon-compte").cookie(here)).andExpect(status().isOk());

        assertRefused(here, "pas le bon du tout", "un nouveau mot de passe", "un nouveau mot de passe", "current");
        assertRefused(here, "le mot de passe actuel", "un nouveau mot de passe", "un autre mot de passe", "confirmation");
        assertRefused(here, "le mot de passe actuel", "court", "court", "newPassword");
        assertThat(encoder.matches("le mot de passe actuel", users.findByUsername("maelle").orElseThrow().getPasswordHash()))
                .isTrue();

        mvc.perform(post("/admin/mon-compte").cookie(here).with(csrf()).param("current", "le mot de passe actuel")
                        .param("newPassword", "un nouveau mot de passe").param("confirmation", "un nouveau mot de passe"))
                .andExpect(redirectedUrl("/admin/mon-compte"));
        assertThat(encoder.matches("un nouveau mot de passe", users.findByUsername("maelle").orElseThrow().getPasswordHash()))
                .isTrue();
        mvc.perform(get("/admin").cookie(here)).andExpect(status().isOk());
        assertEnded(elsewhere, "apres-changement-personnel");
        assertThat(audit.search("maelle", "PASSWORD_CHANGE", "compte", Pageable.unpaged())).hasSize(1);
    }

    private void assertRefused(Cookie session, String current, String password, String confirmation,
            String field) throws Exception {
        String html = mvc.perform(post("/admin/mon-compte").cookie(session).with(csrf()).param("current", current)
                        .param("newPassword", password).param("confirmation", confirmation))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"" + field + "-error\"");
    }

    @Test
    void aShortPasswordOrTakenNameIsRefusedWithTheReason() throws Exception {
        String html = mvc.perform(post("/admin/comptes").with(Staff.admin()).with(csrf())
                        .param("username", "alix").param("role", "EDITOR").param("password", "court"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"password-error\"", "value=\"alix\"");
        assertThat(users.findByUsername("alix")).isEmpty();
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentOnlyWhenNoneExists() {
        AdminBootstrap withoutVariables = new AdminBootstrap(users, encoder, "", "", new MockEnvironment());
        AdminBootstrap fromVariables = new AdminBootstrap(users, encoder, "premiere-admin", "mot de passe initial", new MockEnvironment());
        users.findAll().stream().filter(user -> user.getRole() == Role.ADMIN).forEach(users::delete);

        withoutVariables.run(new DefaultApplicationArguments());
        assertThat(users.existsByRole(Role.ADMIN)).isFalse();

        fromVariables.run(new DefaultApplicationArguments());
        AppUser admin = users.findByUsername("premiere-admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("mot de passe initial", admin.getPasswordHash())).isTrue();

        new AdminBootstrap(users, encoder, "seconde-admin", "un autre mot de passe", new MockEnvironment()).run(new DefaultApplicationArguments());
        assertThat(users.findByUsername("seconde-admin")).isEmpty();
    }
}

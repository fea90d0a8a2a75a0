package fr.uphf.site.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Administrators create, disable and reset staff accounts; passwords are stored hashed. */
@SiteTest
class UserAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/connexion").with(csrf()).param("username", username).param("password", password)
                .with(request -> {
                    request.setRemoteAddr("10.1.0." + username.length());
                    return request;
                }));
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

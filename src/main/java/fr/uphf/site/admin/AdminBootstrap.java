package fr.uphf.site.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from UPHF_ADMIN_USERNAME and UPHF_ADMIN_PASSWORD when there is none (no default
 * account exists), then says where the site and its admin are, and how to create that first administrator if needed.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;
    private final Environment environment;

    AdminBootstrap(AppUserRepository users, PasswordEncoder encoder,
            @Value("${uphf.admin.username:}") String username, @Value("${uphf.admin.password:}") String password,
            Environment environment) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createFirstAdministrator();
        String site = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        log.info("Site prêt / ready: {}/ — administration: {}/admin", site, site);
        if (!users.existsByRole(Role.ADMIN)) {
            log.warn("Aucun administrateur / no administrator: relancez avec / restart with "
                    + "UPHF_ADMIN_USERNAME=admin UPHF_ADMIN_PASSWORD='{} caractères au moins / characters at least'",
                    UserService.MIN_PASSWORD_LENGTH);
        }
    }

    private void createFirstAdministrator() {
        if (users.existsByRole(Role.ADMIN) || username.isBlank() || password.isBlank()) {
            return;
        }
        if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
            log.error("UPHF_ADMIN_PASSWORD is shorter than {} characters: no administrator created",
                    UserService.MIN_PASSWORD_LENGTH);
            return;
        }
        users.save(new AppUser(username.trim(), encoder.encode(password), Role.ADMIN));
        log.info("Administrator account '{}' created", username.trim());
    }
}

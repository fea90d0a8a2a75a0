package fr.uphf.site.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first administrator from UPHF_ADMIN_USERNAME and UPHF_ADMIN_PASSWORD when there is none. No default account exists. */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    AdminBootstrap(AppUserRepository users, PasswordEncoder encoder,
            @Value("${uphf.admin.username:}") String username, @Value("${uphf.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByRole(Role.ADMIN)) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No administrator account: set UPHF_ADMIN_USERNAME and UPHF_ADMIN_PASSWORD to create one");
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

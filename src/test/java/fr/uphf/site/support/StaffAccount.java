package fr.uphf.site.support;

import fr.uphf.site.admin.AppUser;
import fr.uphf.site.admin.AppUserRepository;
import fr.uphf.site.admin.Role;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A member of staff for a {@link RunningSiteTest} (a static {@code @RegisterExtension} field, one per account): before
 * each test the account is created with its role in the site's database if it is missing, and it signs in through the
 * sign-in form as rendered, with the keyboard alone ({@link Staff#signIn}).
 */
public final class StaffAccount implements BeforeEachCallback {

    private final String name;
    private final String password;
    private final Role role;
    private int port;
    private WebDriver signedInBrowser;

    private StaffAccount(String name, String password, Role role) {
        this.name = name;
        this.password = password;
        this.role = role;
    }

    public static StaffAccount admin(String name, String password) {
        return new StaffAccount(name, password, Role.ADMIN);
    }

    public static StaffAccount editor(String name, String password) {
        return new StaffAccount(name, password, Role.EDITOR);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext site = SpringExtension.getApplicationContext(context);
        port = site.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        AppUserRepository users = site.getBean(AppUserRepository.class);
        if (users.findByUsername(name).isEmpty()) {
            users.save(new AppUser(name, site.getBean(PasswordEncoder.class).encode(password), role));
        }
    }

    /** Signs in in this browser, its cookies cleared first, and waits for the dashboard. */
    public void signIn(WebDriver driver) {
        Staff.signIn(driver, port, name, password);
        signedInBrowser = driver;
    }

    /** Signs in in this browser unless this account already did in it, for a class whose tests share one session. */
    public void signInOnce(WebDriver driver) {
        if (signedInBrowser != driver) {
            signIn(driver);
        }
    }

    public String name() {
        return name;
    }

    public String password() {
        return password;
    }
}

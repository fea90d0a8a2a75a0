package fr.uphf.site.admin;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import fr.uphf.site.content.Page;
import fr.uphf.site.content.PageEditor;
import fr.uphf.site.content.PageRepository;
import fr.uphf.site.mobility.GrantAmountRepository;
import fr.uphf.site.shared.Area;
import fr.uphf.site.support.Browser;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.ScreenCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff in a real browser (Debian's headless Chromium): sign in with the keyboard, write a page, preview it, publish
 * it and see it live; and every staff screen, the sign-in page included, checked with axe-core and the Nu Html Checker.
 */
@RunningSiteTest
class StaffBrowserTest {

    private static final String NAME = "navigatrice";
    private static final String PASSWORD = "un mot de passe de test";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PageRepository pages;

    @Autowired
    PageEditor editor;

    @Autowired
    GrantAmountRepository amounts;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (Browser.installed()) {
            browser = Browser.start();
        }
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void needsTheBrowserAndAnAccount() {
        Browser.assumeInstalled();
        if (users.findByUsername(NAME).isEmpty()) {
            users.save(new AppUser(NAME, encoder.encode(PASSWORD), Role.ADMIN));
        }
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void open(String path) {
        driver().get("http://localhost:" + port + path);
    }

    private void waitForPath(String path) {
        new WebDriverWait(driver(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "").equals(path));
    }

    /** Signs in with the keyboard only: type, Tab, type, Enter. */
    private void signIn() {
        driver().manage().deleteAllCookies();
        open("/connexion");
        driver().findElement(By.id("username")).sendKeys(NAME);
        driver().switchTo().activeElement().sendKeys(Keys.TAB);
        driver().switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);
        waitForPath("/admin");
    }

    @Test
    void staffWriteAPagePreviewItPublishItAndVisitorsSeeIt() {
        signIn();
        open("/admin/pages/nouvelle?area=EUNICE");
        driver().findElement(By.id("title")).sendKeys("Journée d'essai EUNICE");
        driver().findElement(By.id("slug")).sendKeys("journee-essai-navigateur");
        driver().findElement(By.id("description")).sendKeys("Une page écrite dans un vrai navigateur.");
        driver().findElement(By.id("bodyMarkdown")).sendKeys("## Programme\n\nUn texte **brouillon** écrit au clavier.");
        driver().findElement(By.cssSelector("button[value=DRAFT]")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/admin/pages/\\d+$"));
        String editUrl = driver().getCurrentUrl();
        long id = Long.parseLong(editUrl.substring(editUrl.lastIndexOf('/') + 1));
        try {
            driver().findElement(By.cssSelector("button[value=PREVIEW]")).click();
            waitForPath("/admin/pages/" + id + "/apercu");
            assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Journée d'essai EUNICE");
            assertThat(driver().findElement(By.cssSelector("main strong")).getText()).isEqualTo("brouillon");
            assertThat(driver().findElement(By.className("preview-banner")).getText()).contains("Aperçu du brouillon");

            open("/eunice/journee-essai-navigateur");
            assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");

            open("/admin/pages/" + id);
            driver().findElement(By.cssSelector("button[value=PUBLISH]")).click();
            waitForPath("/admin/pages/" + id);
            assertThat(driver().findElement(By.className("flash-ok")).getText()).isEqualTo("Page publiée.");

            open("/eunice/journee-essai-navigateur");
            assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Journée d'essai EUNICE");
            assertThat(driver().findElement(By.cssSelector("main h2")).getText()).isEqualTo("Programme");
        } finally {
            editor.delete(id);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyStaffScreenPassesAxeAndTheHtmlChecker() throws Exception {
        ScreenCheck check = new ScreenCheck();
        Page histoire = pages.findByAreaAndSlug(Area.UNIVERSITE, "histoire").orElseThrow();
        long amount = amounts.findAllByOrderBySortOrder().get(0).getId();
        List<String> screens = List.of("/connexion", "/admin", "/admin/pages", "/admin/pages/" + histoire.getId(),
                "/admin/pages/nouvelle?area=CAMPUS", "/admin/pages/" + histoire.getId() + "/revisions",
                "/admin/pages/" + histoire.getId() + "/apercu", "/admin/donnees", "/admin/donnees/montants-aides",
                "/admin/donnees/montants-aides/" + amount, "/admin/donnees/montants-aides/" + amount + "/revisions",
                "/admin/donnees/regles-orientation/nouveau",
                "/admin/donnees/regles-aides", "/admin/comptes", "/admin/journal",
                "/admin/pages/" + histoire.getId() + "/supprimer", "/admin/donnees/montants-aides/" + amount + "/supprimer",
                "/admin/corbeille", "/admin/corbeille/vider", "/admin/mon-compte", "/admin/plan");
        boolean[] signedIn = {false};
        return screens.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            Browser.assumeInstalled();
            if (path.startsWith("/admin") && !signedIn[0]) {
                signIn();
                signedIn[0] = true;
            }
            open(path);
            assertThat(driver().getCurrentUrl()).endsWith(path);
            check.assertPasses(driver());
        }));
    }
}

package fr.uphf.site.admin;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import fr.uphf.site.content.PageEditor;
import fr.uphf.site.media.MediaLibrary;
import fr.uphf.site.support.Browser;
import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.ScreenCheck;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff in a real browser (Debian's headless Chromium): sign in with the keyboard, write a page, preview it, publish
 * it and see it live; and every staff screen, the sign-in page included, checked with axe-core and the Nu Html Checker.
 */
@RunningSiteTest
class StaffBrowserTest {

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(1280, 1024);

    @RegisterExtension
    static final StaffAccount staff = StaffAccount.admin("navigatrice", "un mot de passe de test");

    @LocalServerPort
    int port;

    @Autowired
    PageEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaLibrary media;

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

    @Test
    void staffWriteAPagePreviewItPublishItAndVisitorsSeeIt() {
        staff.signIn(driver());
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
        List<String> screens = StaffScreens.all(jdbc, media);
        boolean[] signedIn = {false};
        return screens.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            Browser.assumeInstalled();
            if (path.startsWith("/admin") && !signedIn[0]) {
                staff.signIn(driver());
                signedIn[0] = true;
            }
            open(path);
            assertThat(driver().getCurrentUrl()).endsWith(path);
            check.assertPasses(driver());
        }));
    }
}

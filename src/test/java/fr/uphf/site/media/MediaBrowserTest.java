package fr.uphf.site.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import fr.uphf.site.support.Browser;
import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.ScreenCheck;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario in a real browser (Debian's headless Chromium), through the forms as the admin renders them:
 * a member of staff uploads a photo and a PDF, inserts both into a page from the editor's picker, publishes, and a
 * visitor sees the image at the size the browser chose among the variants, with its alternative text, and the
 * document's link with its type and size. The media screens and the page pass axe and the Nu Html Checker.
 */
@RunningSiteTest
class MediaBrowserTest {

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(1280, 1024);

    @RegisterExtension
    static final StaffAccount staff = StaffAccount.editor("mediatheque", "un mot de passe pour les images");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void open(String path) {
        driver().get("http://localhost:" + port + path);
    }

    private void submit(WebElement button, String pathRegex) {
        Browser.submit(driver(), button, pathRegex);
    }

    private WebElement button(String text) {
        return driver().findElement(By.xpath("//main//button[normalize-space()='" + text + "']"));
    }

    private void type(String id, String text) {
        Browser.retype(driver(), id, text);
    }

    private void upload(Path file, String title, String altFr, String altEn) {
        open("/admin/medias");
        submit(driver().findElement(By.linkText("Ajouter un média")), "/admin/medias/nouveau");
        driver().findElement(By.id("file")).sendKeys(file.toString());
        type("title", title);
        if (altFr != null) {
            type("altFr", altFr);
            type("altEn", altEn);
        }
        submit(button("Enregistrer le média"), "/admin/medias/\\d+");
        assertThat(driver().findElement(By.cssSelector(".flash")).getText()).isEqualTo("Média enregistré.");
    }

    @Test
    void staffPutAPhotoAndAPdfIntoAPageAndVisitorsSeeThem() throws Exception {
        Path photo = Files.write(files.resolve("DSC_0042.jpg"), TestFiles.cameraJpeg(2400, 1600, 1));
        Path pdf = Files.write(files.resolve("calendrier.pdf"), TestFiles.pdf());
        ScreenCheck screens = new ScreenCheck();

        staff.signIn(driver());

        open("/admin/medias/nouveau");
        screens.assertPasses(driver());
        upload(photo, "Campus du Mont Houy", "Le campus du Mont Houy vu du ciel, ses bâtiments autour du lac",
                "The Mont Houy campus from the air, its buildings around the lake");
        screens.assertPasses(driver());
        upload(pdf, "Calendrier universitaire", null, null);
        open("/admin/medias");
        screens.assertPasses(driver());

        long page = jdbc.queryForObject("select id from page where area = 'SERVICES' and slug = 'handicap'", Long.class);
        open("/admin/pages/" + page);
        driver().findElement(By.cssSelector(".media-picker summary")).click();
        String photoSnippet = driver().findElement(By.xpath(
                "//details[contains(@class,'media-picker')]//li[span='Campus du Mont Houy']/code")).getText();
        String pdfSnippet = driver().findElement(By.xpath(
                "//details[contains(@class,'media-picker')]//li[span='Calendrier universitaire']/code")).getText();
        assertThat(photoSnippet).isEqualTo("![Le campus du Mont Houy vu du ciel, ses bâtiments autour du lac]"
                + "(/medias/campus-du-mont-houy)");
        driver().findElement(By.id("bodyMarkdown")).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, Keys.ENTER,
                photoSnippet, Keys.ENTER, Keys.ENTER, "Consultez le ", pdfSnippet, ".");
        submit(button("Enregistrer et publier"), "/admin/pages/" + page);
        assertThat(driver().findElement(By.cssSelector(".flash")).getText()).isEqualTo("Page publiée.");

        driver().manage().deleteAllCookies();
        open("/services/handicap");
        WebElement image = driver().findElement(By.cssSelector("main picture.media img"));
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> (Boolean) driver()
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
        assertThat(image.getAttribute("alt")).isEqualTo("Le campus du Mont Houy vu du ciel, ses bâtiments autour du lac");
        String chosen = (String) driver().executeScript("return arguments[0].currentSrc", image);
        long shownWidth = (Long) driver().executeScript("return Math.round(arguments[0].getBoundingClientRect().width)", image);
        double pixelRatio = ((Number) driver().executeScript("return window.devicePixelRatio")).doubleValue();
        assertThat(chosen).as("the WebP variant, the browser accepting it").matches(".*/medias/campus-du-mont-houy/[0-9a-f]{10}/\\d+\\.webp");
        int chosenWidth = Integer.parseInt(chosen.replaceAll(".*/(\\d+)\\.webp$", "$1"));
        assertThat(chosenWidth).as("a variant at least as wide as the image is shown").isGreaterThanOrEqualTo((int) Math.ceil(shownWidth * pixelRatio))
                .isLessThan(2400);
        assertThat((Long) driver().executeScript("return Math.round(arguments[0].getBoundingClientRect().height)", image))
                .isEqualTo(Math.round(shownWidth * 1600 / 2400.0));
        WebElement link = driver().findElement(By.cssSelector("main a[href='/medias/calendrier-universitaire']"));
        assertThat(link.getText()).isEqualTo("Calendrier universitaire (PDF, 1 Ko)");
        screens.assertPasses(driver());
    }
}

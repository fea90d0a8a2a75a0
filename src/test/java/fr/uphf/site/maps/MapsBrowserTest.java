package fr.uphf.site.maps;

import java.time.Duration;
import java.util.Map;

import fr.uphf.site.support.Browser;
import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.ScreenCheck;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * In a real browser (Debian's headless Chromium), through the data editor's form as rendered: staff move a campus by
 * typing its longitude the French way, the campus map draws it there, the row keeps its history and the journal says
 * who did it, and its address stays; a longitude out of range is refused with a French message. Both maps pass axe and the Nu Html Checker
 * on a phone's width.
 */
@RunningSiteTest
class MapsBrowserTest {

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(390, 900);

    @RegisterExtension
    static final StaffAccount staff = StaffAccount.editor("cartographe", "un mot de passe pour les cartes");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void open(String path) {
        driver().get("http://localhost:" + port + path);
    }

    private void submit(WebElement button, String pathRegex) {
        Browser.clickAndWaitForNextPage(driver(), button);
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d ->
                d.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "").matches(pathRegex));
    }

    private void type(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Where the map draws Maubeuge's marker, in the drawing's units. */
    private double maubeugeX() {
        open("/campus");
        assertThat(driver().findElements(By.cssSelector("figure.point-map a[href='/campus/maubeuge']")))
                .as(driver().getPageSource()).hasSize(1);
        return Double.parseDouble(driver().findElement(By.cssSelector("figure.point-map a[href='/campus/maubeuge'] circle"))
                .getAttribute("cx"));
    }

    @Test
    void staffMoveACampusInTheDataEditorAndItsPointMoves() throws Exception {
        long maubeuge = jdbc.queryForObject("select id from campus where slug = 'maubeuge'", Long.class);
        String row = "/admin/donnees/campus/" + maubeuge;
        double before = maubeugeX();

        staff.signIn(driver());

        open(row);
        assertThat(driver().findElement(By.id("slug")).getAttribute("value")).isEqualTo("maubeuge");
        assertThat(driver().findElement(By.id("longitude")).getAttribute("value")).isEqualTo("3,9681");
        assertThat(driver().findElement(By.cssSelector("label[for=longitude]")).getText()).startsWith("Longitude");
        type("longitude", "200");
        submit(driver().findElement(By.cssSelector("form.form button[type=submit]")), row);
        assertThat(driver().findElement(By.id("longitude-error")).getText())
                .isEqualTo("Une longitude est comprise entre -180 et 180 degrés, avec au plus cinq décimales (ex. : 3,51390).");

        assertThat(driver().findElement(By.id("slug")).getAttribute("value")).isEqualTo("maubeuge");
        type("longitude", "4,1");
        submit(driver().findElement(By.cssSelector("form.form button[type=submit]")), "/admin/donnees/campus");
        assertThat(driver().findElement(By.className("flash-ok")).getText()).isEqualTo("Modification enregistrée et publiée.");
        assertThat(jdbc.queryForObject("select longitude from campus where id = ?", String.class, maubeuge))
                .isEqualTo("4.10000");
        assertThat(jdbc.queryForObject("select count(*) from revision where object_type = 'campus' and object_id = ?",
                Integer.class, maubeuge)).as("the original and the edit").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'campus' and object_id = ?"
                + " and username = ?", Integer.class, maubeuge, staff.name())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select snapshot from revision where object_type = 'campus' and object_id = ?"
                + " order by id desc limit 1", String.class, maubeuge)).contains("longitude").contains("4,1");

        driver().manage().deleteAllCookies();
        // The page seen before the edit may be reused for a minute (Cache-Control: max-age=60), as browsers do.
        driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
        double after = maubeugeX();
        // 0.1319 degrees east at the frame's middle latitude, 360 units for 1.3 degrees of longitude.
        assertThat(after - before).isCloseTo(0.1319 * 360 / 1.3, within(0.2));
        ScreenCheck screens = new ScreenCheck();
        screens.assertPasses(driver());
        open("/eunice/partenaires");
        screens.assertPasses(driver());
    }
}

package fr.uphf.site.content;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import fr.uphf.site.support.Browser;
import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.MutableClock;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's whole life as staff live it in a real browser (Debian's headless Chromium), through the forms and links
 * the admin renders: write, preview, schedule, correct, cancel the schedule, publish, unpublish, delete after
 * confirmation, restore from the trash, restore a revision, read the journal, sign out.
 */
@RunningSiteTest
class PagesBrowserTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(1280, 1024);

    @RegisterExtension
    static final StaffAccount staff = StaffAccount.admin("cycle-de-vie", "un mot de passe pour le cycle");

    @LocalServerPort
    int port;

    @Autowired
    PageEditor editor;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void open(String path) {
        driver().get("http://localhost:" + port + path);
    }

    private String path() {
        return driver().getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
    }

    private void waitForPath(String regex) {
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> path().matches(regex));
    }

    /** Clicks and waits for the next page to replace this one, then for its address: it may be the same address. */
    private void clickAndWait(WebElement element, String pathRegex) {
        Browser.clickAndWaitForNextPage(driver(), element);
        waitForPath(pathRegex);
    }

    private WebElement button(String text) {
        return driver().findElement(By.xpath("//main//button[normalize-space()='" + text + "']"));
    }

    private WebElement link(String text) {
        return driver().findElement(By.xpath("//a[normalize-space()='" + text + "']"));
    }

    private String flash() {
        return driver().findElement(By.cssSelector(".flash")).getText();
    }

    private String h1() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    private void replaceText(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A datetime-local field has no text to type into the same way in every locale: its value is set as a person picks it. */
    private void pick(String id, LocalDateTime at) {
        driver().executeScript("arguments[0].value = arguments[1];", driver().findElement(By.id(id)), at.format(LOCAL));
    }

    @Test
    void aPageLivesItsWholeLifeThroughTheRenderedForms() {
        staff.signIn(driver());

        open("/admin/pages/nouvelle?area=EUNICE");
        replaceText("title", "Semaine EUNICE");
        replaceText("slug", "semaine-eunice-navigateur");
        replaceText("description", "Une semaine d'échanges, de sa rédaction à la corbeille.");
        replaceText("bodyMarkdown", "Première version.");
        clickAndWait(button("Enregistrer le brouillon"), "/admin/pages/\\d+");
        String edit = path();

        clickAndWait(button("Enregistrer et prévisualiser"), edit + "/apercu");
        assertThat(driver().findElement(By.className("preview-banner")).getText()).contains("Aperçu du brouillon");

        open(edit);
        LocalDateTime inOneHour = LocalDateTime.ofInstant(clock.instant(), clock.getZone()).plusHours(1).withSecond(0).withNano(0);
        pick("goLiveAt", inOneHour);
        clickAndWait(button("Enregistrer et publier"), edit);
        assertThat(driver().findElement(By.cssSelector(".status")).getText()).isEqualTo("Publication programmée");
        assertThat(driver().findElement(By.id("goLiveAt")).getAttribute("value")).isEqualTo(inOneHour.format(LOCAL));

        replaceText("bodyMarkdown", "Version corrigée.");
        clickAndWait(button("Enregistrer le brouillon"), edit);
        assertThat(driver().findElement(By.cssSelector(".admin-side")).getText()).contains("version antérieure");

        clickAndWait(button("Annuler la publication programmée"), edit);
        assertThat(flash()).startsWith("Publication programmée annulée");
        assertThat(driver().findElement(By.id("goLiveAt")).getAttribute("value")).isEmpty();

        pick("goLiveAt", inOneHour);
        clickAndWait(button("Enregistrer et publier"), edit);
        clock.advance(Duration.ofMinutes(61));
        editor.publishDue();
        open("/eunice/semaine-eunice-navigateur");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Version corrigée.");

        open(edit);
        clickAndWait(button("Dépublier"), edit);
        open("/eunice/semaine-eunice-navigateur");
        assertThat(h1()).isEqualTo("Page introuvable");

        open(edit);
        clickAndWait(button("Publier le dernier brouillon"), edit);
        clickAndWait(link("Supprimer la page"), edit + "/supprimer");
        assertThat(h1()).isEqualTo("Supprimer « Semaine EUNICE » ?");
        clickAndWait(button("Mettre à la corbeille"), "/admin/pages");
        assertThat(flash()).startsWith("Page mise à la corbeille");
        open("/eunice/semaine-eunice-navigateur");
        assertThat(h1()).isEqualTo("Page introuvable");

        open("/admin");
        clickAndWait(link("Corbeille"), "/admin/corbeille");
        clickAndWait(driver().findElement(By.xpath("//tr[th[normalize-space()='Semaine EUNICE']]//button")), edit);
        assertThat(flash()).isEqualTo("Élément restauré depuis la corbeille.");
        open("/eunice/semaine-eunice-navigateur");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Version corrigée.");

        open(edit);
        clickAndWait(link("Révisions et comparaison"), edit + "/revisions");
        clickAndWait(driver().findElement(By.xpath("(//main//tbody/tr)[last()]//button")), edit);
        assertThat(flash()).startsWith("Révision restaurée comme brouillon");
        assertThat(driver().findElement(By.id("bodyMarkdown")).getAttribute("value")).isEqualTo("Première version.");

        open("/admin/journal");
        String journal = driver().findElement(By.tagName("main")).getText();
        assertThat(journal).contains("Mise à la corbeille", "Restauration depuis la corbeille",
                "Publication programmée annulée", "Dépublication");

        clickAndWait(driver().findElement(By.xpath("//header//button[starts-with(normalize-space(), 'Se déconnecter')]")),
                "/connexion\\?deconnecte");
        open("/admin");
        waitForPath("/connexion");
    }
}

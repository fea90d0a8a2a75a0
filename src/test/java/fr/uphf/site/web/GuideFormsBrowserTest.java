package fr.uphf.site.web;

import java.util.List;

import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two guides' forms as a visitor meets them in Chromium (RGAA 11.10): before sending, a sentence says which
 * questions are required and the browser exposes those fields as required; the form sent empty, as rendered, comes
 * back from the server with its errors tied to their fields (the forms are novalidate: the browser never blocks it).
 */
@RunningSiteTest
class GuideFormsBrowserTest {

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(1280, 900);

    @LocalServerPort
    int port;

    private ChromeDriver open(String path) {
        ChromeDriver driver = browser.driver();
        driver.get(PublicSite.origin(port) + path);
        return driver;
    }

    /** The names of the form's fields that the browser holds required (each radio button of a group counts once). */
    private static List<String> required(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("main form input, main form select")).stream()
                .filter(field -> Boolean.parseBoolean(field.getDomProperty("required")))
                .map(field -> field.getDomAttribute("name"))
                .distinct()
                .toList();
    }

    private static String requiredNote(ChromeDriver driver) {
        WebElement note = driver.findElement(By.id("champs-obligatoires"));
        assertThat(note.isDisplayed()).isTrue();
        WebElement firstField = driver.findElement(By.cssSelector("main form fieldset, main form .field"));
        assertThat(note.getLocation().getY()).as("said before the fields").isLessThan(firstField.getLocation().getY());
        return note.getText();
    }

    @Test
    void theOrientationGuideSaysEveryQuestionIsRequiredAndAnswersAnEmptyFormWithItsErrors() {
        ChromeDriver driver = open("/admission/ou-candidater");
        assertThat(requiredNote(driver)).isEqualTo("Les cinq questions sont obligatoires.");
        assertThat(required(driver)).containsExactlyInAnyOrder("profil", "diplome", "annee", "apprentissage",
                "residenceFrance");

        driver.findElement(By.cssSelector("main form button[type=submit]")).click();

        assertThat(driver.getCurrentUrl()).contains("/admission/ou-candidater?");
        assertThat(driver.findElement(By.cssSelector(".form-error-summary[role=alert]")).getText()).contains("5 erreurs");
        for (String name : List.of("diplome", "annee")) {
            WebElement field = driver.findElement(By.name(name));
            assertThat(field.getDomAttribute("aria-invalid")).as(name).isEqualTo("true");
            assertThat(field.getDomAttribute("aria-describedby")).as(name).contains(name + "-error");
            assertThat(driver.findElement(By.id(name + "-error")).isDisplayed()).as(name).isTrue();
        }
        assertThat(required(driver)).hasSize(5);
    }

    @Test
    void theEstimatorSaysWhichQuestionsAreRequiredAndWhichOnlyForAnInternship() {
        ChromeDriver driver = open("/mobilite/estimer-mes-aides");
        assertThat(requiredNote(driver)).contains("Toutes les questions sont obligatoires",
                "sauf les deux du groupe « Pour un stage uniquement »", "soit le nombre de jours");
        assertThat(required(driver)).containsExactlyInAnyOrder("type", "pays", "niveau", "boursier", "quotient");

        driver.findElement(By.cssSelector("main form button[type=submit]")).click();

        assertThat(driver.findElement(By.cssSelector(".form-error-summary[role=alert]")).isDisplayed()).isTrue();
        WebElement country = driver.findElement(By.name("pays"));
        assertThat(country.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("pays-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("quotient-error")).isDisplayed()).isTrue();
    }

    @Test
    void theEnglishGuidesSayItInEnglish() {
        assertThat(requiredNote(open("/en/admissions/where-to-apply"))).isEqualTo("All five questions are required.");
        assertThat(requiredNote(open("/en/international/estimate-my-grants")))
                .startsWith("All questions are required, except the two in the group “For an internship only”");
    }
}

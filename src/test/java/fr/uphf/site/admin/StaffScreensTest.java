package fr.uphf.site.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.uphf.site.content.Page;
import fr.uphf.site.content.PageRepository;
import fr.uphf.site.mobility.GrantAmountRepository;
import fr.uphf.site.shared.Area;
import fr.uphf.site.support.Browser;
import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of staff screen as an administrator's browser shows it (RGAA 5.4, 8.6, 11.9, 11.10, 11.11): each data
 * table is named, each screen has a title of its own that starts with what its heading says, a button repeated from
 * row to row names what it acts on, its accessible name starting with its visible text (WCAG 2.5.3), and fields say
 * what they accept before sending and again when refused.
 */
@RunningSiteTest
class StaffScreensTest {

    private static final String NAME = "auditrice";
    private static final String PASSWORD = "un mot de passe pour l’audit";
    private static final String TITLE_END = " – Administration du site";

    @RegisterExtension
    static final BrowserWindow WINDOW = BrowserWindow.sized(1280, 1024);

    @RegisterExtension
    static final StaffAccount AUDITOR = StaffAccount.admin(NAME, PASSWORD);

    @RegisterExtension
    static final StaffAccount SECOND = StaffAccount.editor("second-compte", PASSWORD);

    @LocalServerPort
    int port;

    @Autowired
    PageRepository pages;

    @Autowired
    GrantAmountRepository amounts;

    @BeforeEach
    void signedInAsAnAdministrator() {
        AUDITOR.signInOnce(driver());
    }

    private ChromeDriver driver() {
        return WINDOW.driver();
    }

    private void open(String path) {
        driver().get("http://localhost:" + port + path);
    }

    /** One screen of each kind, with what they need to show their tables: two revisions, a row in the trash. */
    private List<String> screens() {
        Page histoire = pages.findByAreaAndSlug(Area.UNIVERSITE, "histoire").orElseThrow();
        long amount = amounts.findAllByOrderBySortOrder().get(0).getId();
        String page = "/admin/pages/" + histoire.getId();
        List<String> revisions = revisionsOf(page);
        trashSomething();
        open("/admin/traductions");
        String translation = path(driver().findElement(By.cssSelector("main table tbody th a")));
        return List.of("/admin", "/admin/plan", "/admin/pages", page, "/admin/pages/nouvelle?area=CAMPUS",
                page + "/revisions", page + "/revisions?de=" + revisions.get(1) + "&a=" + revisions.get(0),
                page + "/supprimer", "/admin/donnees", "/admin/donnees/montants-aides",
                "/admin/donnees/montants-aides/" + amount, "/admin/donnees/montants-aides/nouveau",
                "/admin/donnees/montants-aides/" + amount + "/revisions",
                "/admin/donnees/montants-aides/" + amount + "/supprimer", "/admin/donnees/annees-aides",
                "/admin/medias", "/admin/medias/nouveau", "/admin/traductions", translation, "/admin/comptes",
                "/admin/journal", "/admin/corbeille", "/admin/corbeille/vider", "/admin/mon-compte");
    }

    /** The ids of a page's last two revisions, saving the page once more when it has fewer. */
    private List<String> revisionsOf(String page) {
        open(page + "/revisions");
        if (driver().findElements(By.name("de")).size() < 2) {
            open(page);
            Browser.clickAndWaitForNextPage(driver(), driver().findElement(By.cssSelector("button[value=DRAFT]")));
            open(page + "/revisions");
        }
        return driver().findElements(By.name("de")).stream().map(radio -> radio.getAttribute("value")).toList();
    }

    /** Puts a date of commission in the trash through its confirmation form, unless the trash has something. */
    private void trashSomething() {
        open("/admin/corbeille");
        if (!driver().findElements(By.cssSelector("main table")).isEmpty()) {
            return;
        }
        open("/admin/donnees/commissions");
        String row = path(driver().findElement(By.cssSelector("main table tbody th a")));
        open(row + "/supprimer");
        Browser.clickAndWaitForNextPage(driver(), driver().findElement(By.cssSelector("main form button[type=submit]")));
    }

    private String path(WebElement link) {
        return link.getAttribute("href").replaceFirst("^http://localhost:\\d+", "");
    }

    @Test
    void everyTableOfEveryStaffScreenIsNamed() {
        List<String> unnamed = new ArrayList<>();
        int tables = 0;
        for (String screen : screens()) {
            open(screen);
            for (WebElement table : driver().findElements(By.tagName("table"))) {
                tables++;
                if (table.getAccessibleName().isBlank()) {
                    unnamed.add(screen + ": the table headed « " + table.findElement(By.tagName("th")).getText() + " »");
                }
            }
        }
        assertThat(unnamed).isEmpty();
        assertThat(tables).as("tables seen").isGreaterThan(12);
    }

    @Test
    void everyStaffScreenHasATitleOfItsOwnThatStartsWithItsHeading() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> screenByTitle = new HashMap<>();
        for (String screen : screens()) {
            open(screen);
            String title = SiteCrawler.normalise(driver().getTitle());
            String heading = SiteCrawler.normalise(driver().findElement(By.tagName("h1")).getText());
            if (!title.equals(heading + TITLE_END) && !(title.startsWith(heading + " – ") && title.endsWith(TITLE_END))) {
                wrong.add(screen + ": « " + title + " » under the heading « " + heading + " »");
            }
            String other = screenByTitle.put(title, screen);
            if (other != null) {
                wrong.add(screen + " and " + other + " are both « " + title + " »");
            }
        }
        assertThat(wrong).isEmpty();
        open("/admin/donnees/montants-aides/" + amounts.findAllByOrderBySortOrder().get(0).getId());
        assertThat(driver().getTitle()).startsWith("Modifier : ").endsWith(" – Montants des aides" + TITLE_END);
    }

    @Test
    void everyButtonSaysWhatItActsOnAndItsNameStartsWithItsVisibleText() {
        List<String> wrong = new ArrayList<>();
        for (String screen : screens()) {
            open(screen);
            Map<String, Integer> names = new HashMap<>();
            for (WebElement button : driver().findElements(By.cssSelector("button, input[type=submit]"))) {
                String name = SiteCrawler.normalise(button.getAccessibleName());
                String visible = SiteCrawler.normalise(button.getText());
                if (!name.toLowerCase().startsWith(visible.toLowerCase())) {
                    wrong.add(screen + ": « " + name + " » does not start with its visible text « " + visible + " »");
                }
                names.merge(name, 1, Integer::sum);
            }
            names.forEach((name, count) -> {
                if (count > 1) {
                    wrong.add(screen + ": " + count + " buttons named « " + name + " »");
                }
            });
        }
        assertThat(wrong).isEmpty();
        open("/admin/comptes");
        assertThat(driver().findElements(By.tagName("button")).stream().map(WebElement::getAccessibleName))
                .contains("Changer le rôle de second-compte", "Changer le mot de passe de second-compte");
    }

    /** The text of what this field's aria-describedby points to. */
    private String description(WebElement field) {
        String ids = field.getAttribute("aria-describedby");
        assertThat(ids).as("aria-describedby of " + field.getAttribute("id")).isNotBlank();
        StringBuilder text = new StringBuilder();
        for (String id : ids.split(" ")) {
            text.append(driver().findElement(By.id(id)).getText()).append(' ');
        }
        return SiteCrawler.normalise(text.toString());
    }

    @Test
    void newPasswordFieldsSayHowLongAPasswordMustBe() {
        open("/admin/comptes");
        List<WebElement> resets = driver().findElements(By.cssSelector("input[type=password][id^=password-]"));
        assertThat(resets).hasSizeGreaterThanOrEqualTo(2);
        assertThat(resets).allSatisfy(field -> assertThat(description(field)).startsWith("12 caractères au moins"));
        assertThat(description(driver().findElement(By.id("password")))).startsWith("12 caractères au moins");
        open("/admin/mon-compte");
        assertThat(description(driver().findElement(By.id("newPassword")))).startsWith("12 caractères au moins");
    }

    @Test
    void aCampusFormSaysItsLimitsBeforeSendingAndItsRefusalGivesThemAgain() {
        open("/admin/donnees/campus");
        open(path(driver().findElement(By.cssSelector("main table tbody th a"))));
        WebElement address = driver().findElement(By.id("slug"));
        assertThat(description(address)).isEqualTo(
                "80 caractères au plus ; lettres minuscules non accentuées, chiffres et tirets (ex. : mont-houy).");
        address.clear();
        address.sendKeys("x".repeat(81));
        Browser.clickAndWaitForNextPage(driver(), driver().findElement(By.cssSelector("form.form button[type=submit]")));
        WebElement refused = driver().findElement(By.id("slug"));
        assertThat(refused.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(description(refused)).endsWith("Ce texte est trop long : 80 caractères au plus.");
    }
}

package fr.uphf.site.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.uphf.site.support.Browser;
import fr.uphf.site.support.HtmlChecker;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff edit every kind of structured table in a real browser (Debian's headless Chromium), submitting the forms as
 * the templates render them: each edit shows on the public page that displays the row, and the row's history
 * restores the original. Amounts are typed the French way, unsafe addresses are refused, and the admin's tables fit a
 * 390 px wide screen.
 */
@RunningSiteTest
class DataBrowserTest {

    private static final String SUFFIX = " (essai navigateur)";
    private static final int PHONE_WIDTH = 390;
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * One edit per kind of table: the field changed, what is typed (null: the original with {@link #SUFFIX}, or the
     * next choice of a list, or one more for a number), the public page that shows it and what it then shows (null:
     * the typed text). The rules of the guides have no page of their own: the guides' tests cover their effect.
     */
    private record Edit(String slug, String field, String typed, String publicPath, String shown) {
    }

    private static final List<Edit> EDITS = List.of(
            new Edit("chiffres-cles", "label", null, "/universite", null),
            new Edit("chronologie", "body", null, "/universite/histoire", null),
            new Edit("classements", "ranking", null, "/universite/classements", null),
            new Edit("campus", "summary", null, "/campus/", null),
            new Edit("partenaires-eunice", "city", null, "/eunice/partenaires", null),
            new Edit("aides", "name", null, "/mobilite/aides-financieres", null),
            new Edit("criteres-aides", "body", null, "/mobilite/aides-financieres", null),
            new Edit("montants-aides", "amount", "175,50", "/mobilite/aides-financieres", "175,50 €"),
            new Edit("pays-erasmus", "name", null, "/mobilite/aides-financieres", null),
            new Edit("regles-aides", "taxNoticeRequired", null, null, null),
            new Edit("durees-aides", "minDays", null, null, null),
            new Edit("cumuls-aides", "status", null, null, null),
            new Edit("regles-orientation", "explanation", null, null, null),
            new Edit("commissions", "subject", null, "/mobilite/aides-financieres", null),
            new Edit("contacts", "label", null, "/services/contacts", null),
            new Edit("certifications", "name", null, "/services/langues", null),
            new Edit("plateformes", "name", null, "/admission/plateformes", null),
            new Edit("lieux", "hours", null, "/services/centres-de-ressources-en-langues", null));

    private static Browser browser;

    @RegisterExtension
    static final StaffAccount staff = StaffAccount.editor("editrice-donnees", "un mot de passe de test pour les données");

    @LocalServerPort
    int port;

    @Autowired
    DataTypes types;

    @Autowired
    JdbcTemplate jdbc;

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
        staff.signInOnce(driver());
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

    private void waitFor(java.util.function.Predicate<String> path) {
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> path.test(path()));
    }

    private void submitDataForm() {
        driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
    }

    private String publicText(String path) {
        open(path);
        return SiteCrawler.normalise(driver().findElement(By.tagName("main")).getText());
    }

    /** The value of a field of the data form: the typed text, or the chosen option's value. */
    private String valueOf(WebElement field) {
        return field.getTagName().equals("select") ? new Select(field).getFirstSelectedOption().getAttribute("value")
                : field.getAttribute("value");
    }

    /** Changes a field as a person would, and says what now shows. */
    private String change(WebElement field, Edit edit) {
        if (field.getTagName().equals("select")) {
            Select select = new Select(field);
            String current = valueOf(field);
            WebElement other = select.getOptions().stream()
                    .filter(option -> !option.getAttribute("value").isEmpty() && !option.getAttribute("value").equals(current))
                    .findFirst().orElseThrow();
            select.selectByValue(other.getAttribute("value"));
            return other.getText();
        }
        String typed = edit.typed() != null ? edit.typed()
                : "number".equals(field.getAttribute("type")) ? String.valueOf(Integer.parseInt(valueOf(field)) + 1)
                : null;
        if (typed == null) {
            field.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), SUFFIX);
            return SUFFIX.strip();
        }
        field.clear();
        field.sendKeys(typed);
        return typed;
    }

    @TestFactory
    Stream<DynamicTest> everyKindOfRowIsEditedShownAndRestoredThroughItsHistory() {
        assertThat(EDITS).extracting(Edit::slug)
                .containsExactlyInAnyOrderElementsOf(types.all().stream().map(DataType::slug).toList());
        return EDITS.stream().map(edit -> DynamicTest.dynamicTest(edit.slug(), () -> {
            Browser.assumeInstalled();
            open("/admin/donnees/" + edit.slug());
            driver().findElement(By.cssSelector("tbody th a")).click();
            waitFor(path -> path.matches("/admin/donnees/" + edit.slug() + "/\\d+"));
            String row = path();
            String original = valueOf(driver().findElement(By.id(edit.field())));
            String publicPath = edit.slug().equals("campus")
                    ? "/campus/" + driver().findElement(By.id("slug")).getAttribute("value") : edit.publicPath();

            // Saved once unchanged, so that the history holds the original even for a row never edited before.
            submitDataForm();
            waitFor(path -> path.startsWith("/admin/donnees/" + edit.slug()) && !path.equals(row));

            open(row);
            String shown = change(driver().findElement(By.id(edit.field())), edit);
            submitDataForm();
            waitFor(path -> path.startsWith("/admin/donnees/" + edit.slug()) && !path.equals(row));
            assertThat(driver().findElement(By.className("flash-ok")).getText())
                    .isEqualTo("Modification enregistrée et publiée.");
            if (publicPath != null) {
                assertThat(publicText(publicPath)).contains(edit.shown() != null ? edit.shown() : shown);
            }

            open(row);
            driver().findElement(By.linkText("Historique des versions")).click();
            waitFor(path -> path.equals(row + "/revisions"));
            List<WebElement> versions = driver().findElements(By.cssSelector("section.version"));
            assertThat(versions.get(0).getText()).contains("modifié");
            versions.get(1).findElement(By.linkText("Restaurer cette version")).click();
            waitFor(path -> path.startsWith(row + "/revisions/"));
            submitDataForm();
            waitFor(path -> !path.startsWith(row));

            open(row);
            assertThat(valueOf(driver().findElement(By.id(edit.field())))).isEqualTo(original);
            if (publicPath != null && edit.shown() != null) {
                assertThat(publicText(publicPath)).doesNotContain(edit.shown());
            }
        }));
    }

    @Test
    void aJavascriptAddressIsRefusedWithAFrenchError() {
        open("/admin/donnees/plateformes");
        driver().findElement(By.cssSelector("tbody th a")).click();
        waitFor(path -> path.matches("/admin/donnees/plateformes/\\d+"));
        String row = path();
        String original = driver().findElement(By.id("url")).getAttribute("value");
        WebElement url = driver().findElement(By.id("url"));
        url.clear();
        url.sendKeys("javascript:alert(1)");
        submitDataForm();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("url-error")).isEmpty());
        assertThat(driver().findElement(By.id("url-error")).getText()).isEqualTo(
                "Adresse refusée : elle doit commencer par https://, http:// ou mailto:, ou par / pour une page du site.");
        assertThat(driver().findElement(By.id("url")).getAttribute("aria-describedby")).isEqualTo("url-hint url-error");
        open(row);
        assertThat(driver().findElement(By.id("url")).getAttribute("value")).isEqualTo(original);
    }

    @Test
    void staffPrepareANewAcademicYearAndPublishItAfterConfirming() {
        String year = "2031-2032";
        try {
            open("/admin/donnees/annees-aides");
            driver().findElement(By.id("code")).clear();
            driver().findElement(By.id("code")).sendKeys(year);
            driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
            new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("annee-" + year)).isEmpty());
            assertThat(driver().findElement(By.className("flash-ok")).getText()).startsWith("Année préparée en brouillon");
            assertThat(publicText("/mobilite/aides-financieres")).doesNotContain(year);

            publishThroughTheConfirmation(year);
            assertThat(publicText("/mobilite/aides-financieres")).contains(year);
        } finally {
            publishThroughTheConfirmation("2022-2023");
            jdbc.update("delete from grant_duration where rule_id in (select id from grant_rule where academic_year = ?)", year);
            for (String table : List.of("grant_rule", "grant_amount", "grant_criterion", "grant_combination",
                    "erasmus_country")) {
                jdbc.update("delete from " + table + " where academic_year = ?", year);
            }
            jdbc.update("delete from grant_year where code = ?", year);
        }
        assertThat(publicText("/mobilite/aides-financieres")).contains("2022-2023").doesNotContain(year);
    }

    private void publishThroughTheConfirmation(String year) {
        open("/admin/donnees/annees-aides");
        driver().findElement(By.cssSelector("#annee-" + year + " a")).click();
        waitFor(path -> path.equals("/admin/donnees/annees-aides/" + year + "/publier"));
        driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(path -> path.equals("/admin/donnees/annees-aides"));
        assertThat(driver().findElement(By.cssSelector("#annee-" + year)).getText()).contains("Publiée");
    }

    @Test
    void theAcademicYearScreensPassAxeAndTheHtmlChecker() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        for (String screen : List.of("/admin/donnees", "/admin/donnees/annees-aides",
                "/admin/donnees/annees-aides/2022-2023/publier")) {
            open(screen);
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver());
            assertThat(results.isErrored()).isFalse();
            assertThat(results.getViolations()).as("WCAG 2.1 AA violations on " + screen)
                    .extracting(rule -> rule.getId() + ": " + rule.getHelp()).isEmpty();
            String html = (String) driver().executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + " fetch(location.href, {credentials: 'same-origin'}).then(r => r.text()).then(done);");
            assertThat(checker.errors(html)).as("HTML errors on " + screen).isEmpty();
        }
        open("/admin/donnees/annees-aides");
        driver().findElement(By.id("code")).clear();
        driver().findElement(By.id("code")).sendKeys("2030");
        driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("code-error")).isEmpty());
        assertThat(driver().findElement(By.id("code-error")).getText())
                .isEqualTo("Année universitaire attendue : deux années qui se suivent, par exemple 2023-2024.");
        assertThat(new AxeBuilder().withTags(WCAG_21_AA).analyze(driver()).getViolations()).isEmpty();
    }

    @Test
    void theAdminTablesFitAPhoneScreen() {
        Dimension before = driver().manage().window().getSize();
        driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        try {
            List<String> screens = Stream.concat(Stream.of("/admin", "/admin/pages", "/admin/donnees",
                            "/admin/donnees/annees-aides"),
                    types.all().stream().map(type -> "/admin/donnees/" + type.slug())).toList();
            for (String screen : screens) {
                open(screen);
                long viewport = (Long) driver().executeScript("return window.innerWidth;");
                long width = (Long) driver().executeScript("return document.documentElement.scrollWidth;");
                assertThat(viewport).isLessThanOrEqualTo(PHONE_WIDTH);
                assertThat(width).as(screen).isLessThanOrEqualTo(viewport);
            }
        } finally {
            driver().manage().window().setSize(before);
        }
    }
}

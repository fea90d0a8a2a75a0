package fr.uphf.site.admin;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.uphf.site.support.Browser;
import fr.uphf.site.support.HtmlChecker;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor keeps the English of a page in step with its French in a real browser (Debian's headless Chromium),
 * through the forms and links the admin renders: a change of the French body, published, makes the English page say
 * that its translation is older; the dashboard leads to the translation's form, which shows what changed in the
 * French; « Marquer comme à jour » removes the notice, and an English text saved through the form is what the English
 * page shows. The translation screens pass axe (WCAG 2.1 AA) and the Nu Html Checker.
 */
@RunningSiteTest
class TranslationsBrowserTest {

    private static final String ENGLISH_PAGE = "/en/university/history";
    private static final String FRENCH_ADDITION = "Une phrase ajoutée par le navigateur.";
    private static final String ENGLISH_ADDITION = "A sentence added through the translation form.";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Browser browser;

    @RegisterExtension
    static final StaffAccount staff = StaffAccount.editor("traductrice", "un mot de passe pour les traductions");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

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
    void needsTheBrowser() {
        Browser.assumeInstalled();
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

    private void clickAndWait(WebElement element, String pathRegex) {
        Browser.clickAndWaitForNextPage(driver(), element);
        waitForPath(pathRegex);
    }

    private WebElement button(String text) {
        return driver().findElement(By.xpath("//main//button[normalize-space()='" + text + "']"));
    }

    private WebElement linkStartingWith(String text) {
        return driver().findElement(By.xpath("//main//a[starts-with(normalize-space(), '" + text + "')]"));
    }

    private String flash() {
        return driver().findElement(By.cssSelector(".flash")).getText();
    }

    /** What the English page says of its translation before the date: the start of message translation.outdated. */
    private String outdatedNotice() {
        return messages.getMessage("translation.outdated", new Object[] {"§"}, Locale.ENGLISH).split("§")[0].strip();
    }

    private List<String> notices() {
        open(ENGLISH_PAGE);
        return driver().findElements(By.cssSelector(".notice")).stream().map(WebElement::getText).toList();
    }

    private void assertAccessible(String screen) throws Exception {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver());
        assertThat(results.isErrored()).isFalse();
        assertThat(results.getViolations()).as("WCAG 2.1 AA violations on " + screen)
                .extracting(rule -> rule.getId() + ": " + rule.getHelp()).isEmpty();
        String html = (String) driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(location.href, {credentials: 'same-origin'}).then(r => r.text()).then(done);");
        assertThat(new HtmlChecker().errors(html)).as("HTML errors on " + screen).isEmpty();
        assertThat(browser.consoleMessages()).as("console of " + screen).isEmpty();
    }

    @Test
    void anEditorBringsTheEnglishOfAChangedPageUpToDateThroughTheRenderedForms() throws Exception {
        long history = jdbc.queryForObject("select id from page where area = 'UNIVERSITE' and slug = 'histoire'",
                Long.class);
        staff.signIn(driver());
        assertThat(notices()).isEmpty();

        // The French body changes and is published through the page editor.
        open("/admin/pages/" + history);
        driver().findElement(By.id("bodyMarkdown")).sendKeys(Keys.chord(Keys.CONTROL, Keys.END),
                Keys.ENTER, Keys.ENTER, FRENCH_ADDITION);
        clickAndWait(button("Enregistrer et publier"), "/admin/pages/" + history);
        assertThat(flash()).isEqualTo("Page publiée.");
        assertThat(driver().findElement(By.linkText("Traduction anglaise de la page")).getAttribute("href"))
                .endsWith("/admin/traductions/page/" + history);

        assertThat(notices()).singleElement().asString().startsWith(outdatedNotice());

        // The dashboard counts it and leads to the list of outdated translations, then to the page's form.
        open("/admin");
        clickAndWait(linkStartingWith("Traductions à mettre à jour :"), "/admin/traductions\\?statut=OUTDATED");
        assertAccessible("/admin/traductions?statut=OUTDATED");
        List<String> listed = driver().findElements(By.cssSelector("main tbody th a")).stream()
                .map(link -> link.getAttribute("href").replaceFirst("^http://localhost:\\d+", "")).toList();
        assertThat(listed).contains("/admin/traductions/page/" + history);
        clickAndWait(driver().findElement(By.cssSelector("main tbody th a[href='/admin/traductions/page/" + history + "']")),
                "/admin/traductions/page/" + history);

        WebElement body = driver().findElement(By.id("champ-bodyMarkdown"));
        assertThat(body.findElement(By.cssSelector("h2")).getText()).contains("À mettre à jour");
        WebElement diff = body.findElement(By.cssSelector(".translation-diff"));
        assertThat(diff.getText()).contains("Ce qui a changé en français depuis la traduction")
                .contains("Le texte barré, annoncé « supprimé », a été retiré du français");
        assertThat(diff.findElements(By.cssSelector("ins")).stream().map(WebElement::getText).toList())
                .anyMatch(added -> added.contains(FRENCH_ADDITION));
        assertThat(diff.findElements(By.cssSelector("del"))).isEmpty();
        assertThat(driver().findElement(By.id("fr-bodyMarkdown")).getText()).contains(FRENCH_ADDITION);
        assertThat(driver().findElement(By.id("champ-title")).findElements(By.cssSelector(".translation-diff"))).isEmpty();
        assertThat(driver().findElement(By.linkText("Voir la page en anglais")).getAttribute("href"))
                .endsWith(ENGLISH_PAGE);
        assertAccessible("/admin/traductions/page/" + history);

        // Marked up to date: the English page no longer says it is older than the French.
        clickAndWait(button("Marquer comme à jour"), "/admin/traductions/page/" + history);
        assertThat(flash()).isEqualTo("Traduction marquée comme à jour.");
        assertThat(driver().findElements(By.cssSelector(".translation-diff"))).isEmpty();
        assertThat(driver().findElements(By.xpath("//main//button[normalize-space()='Marquer comme à jour']"))).isEmpty();
        assertThat(notices()).isEmpty();

        // The English text, edited through the form, is what the English page shows.
        open("/admin/traductions/page/" + history);
        driver().findElement(By.id("en-bodyMarkdown")).sendKeys(Keys.chord(Keys.CONTROL, Keys.END),
                Keys.ENTER, Keys.ENTER, ENGLISH_ADDITION);
        clickAndWait(button("Enregistrer la traduction"), "/admin/traductions/page/" + history);
        assertThat(flash()).startsWith("Traduction enregistrée");
        open(ENGLISH_PAGE);
        assertThat(driver().findElement(By.tagName("main")).getText()).contains(ENGLISH_ADDITION);
        assertThat(driver().findElements(By.cssSelector(".notice"))).isEmpty();

        open("/admin");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Traduction marquée à jour Traductions « Page : ");
    }

    @Test
    void aBlankEnglishTextIsRefusedNextToItsFieldWithTheTypedTextKept() {
        long quality = jdbc.queryForObject("select id from page where area = 'UNIVERSITE' and slug = 'qualite'",
                Long.class);
        staff.signIn(driver());
        open("/admin/traductions/page/" + quality);
        WebElement title = driver().findElement(By.id("en-title"));
        title.clear();
        WebElement description = driver().findElement(By.id("en-description"));
        description.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Typed, not lost.");
        clickAndWait(button("Enregistrer la traduction"), "/admin/traductions/page/" + quality);

        assertThat(driver().findElement(By.id("en-title-error")).getText())
                .isEqualTo("Donnez le texte anglais : le français de ce champ n’est pas vide.");
        assertThat(driver().findElement(By.id("en-title")).getAttribute("aria-describedby")).isEqualTo("en-title-error");
        assertThat(driver().findElement(By.id("en-title")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver().findElement(By.id("en-description")).getAttribute("value")).endsWith(" Typed, not lost.");
        assertThat(jdbc.queryForObject("select text from translation where object_type = 'page' and object_id = ?"
                + " and field = 'description'", String.class, quality)).doesNotEndWith("Typed, not lost.");
    }
}

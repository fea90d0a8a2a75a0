package fr.uphf.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.uphf.site.support.Browser;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.PublicSite.FetchedPage;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presentation, as a person who adapts the page sees it (RGAA theme 10): with the text spacing of WCAG 1.4.12 forced
 * (line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em) no text is cut off and nothing scrolls
 * sideways (10.12); at 200 % zoom nothing is lost either (10.4); and every element the keyboard reaches shows where
 * the focus is (10.7), on the RGAA sample of pages in both languages.
 */
@RunningSiteTest
class PresentationTest {

    /** Forces the spacing through the CSS object model (the Content-Security-Policy forbids inline styles). */
    private static final String SPACING = """
            const sheet = new CSSStyleSheet();
            sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
                + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];""";

    /** The elements whose text no longer fits in a box that hides what overflows, and the page's sideways scroll. */
    private static final String CUT = """
            const cut = [];
            for (const element of document.body.querySelectorAll('*')) {
                const style = getComputedStyle(element);
                const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
                if (!hides || element.closest('[hidden]') || element.matches('.skip-link, .visually-hidden')
                        || style.position === 'absolute' && element.clientWidth <= 1) continue;
                if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) {
                    cut.push(element.tagName.toLowerCase() + (element.className ? '.' + element.className : ''));
                }
            }
            return {cut: cut.slice(0, 5), scroll: document.documentElement.scrollWidth,
                    width: document.documentElement.clientWidth};""";

    /** The RGAA's sample: home, contacts, legal pages, statement, a page of each area, search, both guides answered. */
    private static final List<String> SAMPLE = List.of("/", "/services/contacts", "/mentions-legales", "/accessibilite",
            "/donnees-personnelles", "/universite/histoire", "/admission/plateformes", "/campus/mont-houy",
            "/eunice/partenaires", "/mobilite/aides-financieres", "/services/handicap", "/recherche?q=erasmus",
            "/admission/ou-candidater?diplome=MASTER&annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true",
            "/mobilite/estimer-mes-aides?type=STAGE&pays=DE&jours=90&niveau=M1&boursier=true&quotient=12000"
                    + "&logeNourri=false&gratificationHebdo=150",
            "/en", "/en/international/financial-aid", "/en/search?q=erasmus", "/en/admissions/where-to-apply");

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (Browser.installed()) {
            browser = Browser.start();
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assumeInstalled();
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void open(String path) {
        driver().get(PublicSite.origin(port) + path);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> cut() {
        return (Map<String, Object>) driver().executeScript(CUT);
    }

    @TestFactory
    Stream<DynamicTest> withTheTextSpacingForcedNoTextIsCutOff() {
        List<FetchedPage> pages = PublicSite.pages(port).stream().filter(page -> page.status() != 400).toList();
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.path(), () -> {
            open(page.path());
            driver().executeScript(SPACING);
            Map<String, Object> measured = cut();
            assertThat((List<String>) measured.get("cut")).as("text cut off on " + page.path()).isEmpty();
            assertThat(((Number) measured.get("scroll")).intValue()).as("sideways scroll on " + page.path())
                    .isLessThanOrEqualTo(((Number) measured.get("width")).intValue());
        }));
    }

    @TestFactory
    Stream<DynamicTest> atTwiceTheSizeNothingIsLost() {
        return SAMPLE.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            // 200 % zoom of a 1280 px window: the page is laid out on 640 CSS px, twice as large
            driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 640, "height", 400, "deviceScaleFactor", 2, "mobile", false));
            open(path);
            Map<String, Object> measured = cut();
            assertThat((List<String>) measured.get("cut")).as("text cut off on " + path).isEmpty();
            assertThat(((Number) measured.get("scroll")).intValue()).as("sideways scroll on " + path)
                    .isLessThanOrEqualTo(((Number) measured.get("width")).intValue());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyElementTheKeyboardReachesShowsItsFocus() {
        return SAMPLE.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            open(path);
            int focusable = ((Number) driver().executeScript("return document.querySelectorAll("
                    + "'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex=\"-1\"])')"
                    + ".length")).intValue();
            List<String> unseen = new ArrayList<>();
            WebElement focused = driver().findElement(By.tagName("body"));
            for (int tab = 0; tab < focusable; tab++) {
                focused.sendKeys(Keys.TAB);
                focused = driver().switchTo().activeElement();
                if (focused.getTagName().equals("body")) {
                    break; // past the last element of the page (radio buttons of a group are one stop)
                }
                String outline = focused.getCssValue("outline-style");
                String width = focused.getCssValue("outline-width");
                if (("none".equals(outline) || "0px".equals(width)) && "none".equals(focused.getCssValue("box-shadow"))) {
                    unseen.add(focused.getTagName() + "#" + focused.getAttribute("id") + " " + focused.getAttribute("type"));
                }
            }
            assertThat(focusable).isPositive();
            assertThat(unseen).as("focus not shown on " + path).isEmpty();
        }));
    }

    @Test
    void theChecksSeeTextCutOffAndAFocusNotShown() {
        open("/");
        driver().executeScript("const box = document.createElement('p'); box.textContent = 'un texte bien trop long '.repeat(20);"
                + " box.style.height = '1em'; box.style.overflow = 'hidden'; document.querySelector('main').append(box);");
        assertThat((List<?>) cut().get("cut")).isNotEmpty();
        driver().executeScript("const sheet = new CSSStyleSheet(); sheet.replaceSync('*:focus-visible { outline: none !important;"
                + " box-shadow: none !important; }'); document.adoptedStyleSheets = [sheet];");
        WebElement body = driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertThat(driver().switchTo().activeElement().getCssValue("outline-style")).isEqualTo("none");
    }
}

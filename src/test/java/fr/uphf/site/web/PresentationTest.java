package fr.uphf.site.web;

import java.util.List;
import java.util.stream.Stream;

import fr.uphf.site.support.Browser;
import fr.uphf.site.support.PresentationChecks;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.PublicSite.FetchedPage;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Presentation, as a person who adapts the page sees it (RGAA theme 10): with the text spacing of WCAG 1.4.12 forced
 * (line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em) no text is cut off and nothing scrolls
 * sideways (10.12); at 200 % zoom nothing is lost either (10.4); every element the keyboard reaches shows where
 * the focus is (10.7); and Tab goes out of the page at its end, Shift+Tab coming back the same way (12.8, 12.9), on
 * the RGAA sample of pages in both languages. The checks are {@link PresentationChecks}, shared with the staff screens.
 */
@RunningSiteTest
class PresentationTest {

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
        PresentationChecks.resetZoom(driver());
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

    private PresentationChecks checks() {
        return new PresentationChecks(driver());
    }

    @TestFactory
    Stream<DynamicTest> withTheTextSpacingForcedNoTextIsCutOff() {
        List<FetchedPage> pages = PublicSite.pages(port).stream().filter(page -> page.status() != 400).toList();
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.path(), () -> {
            open(page.path());
            checks().forceTextSpacing();
            checks().assertNothingCutOff(page.path());
        }));
    }

    @TestFactory
    Stream<DynamicTest> atTwiceTheSizeNothingIsLost() {
        return SAMPLE.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            PresentationChecks.zoomTo200Percent(driver());
            open(path);
            checks().assertNothingCutOff(path);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyElementTheKeyboardReachesShowsItsFocus() {
        return SAMPLE.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            open(path);
            checks().assertFocusShownEverywhere(path);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theKeyboardIsNeverTrapped() {
        return SAMPLE.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            open(path);
            checks().assertNoKeyboardTrap(path);
        }));
    }

    @Test
    void theChecksSeeTextCutOffAFocusNotShownAndAKeyboardTrap() {
        open("/");
        driver().executeScript("const box = document.createElement('p'); box.textContent = 'un texte bien trop long '.repeat(20);"
                + " box.style.height = '1em'; box.style.overflow = 'hidden'; document.querySelector('main').append(box);");
        assertThat(checks().cut().cut()).isNotEmpty();
        driver().executeScript("const sheet = new CSSStyleSheet(); sheet.replaceSync('*:focus-visible { outline: none !important;"
                + " box-shadow: none !important; }'); document.adoptedStyleSheets = [sheet];");
        assertThat(checks().tabThrough("/")).extracting(PresentationChecks.Stop::contrast).contains(0.0);
        driver().executeScript("const sheet = new CSSStyleSheet(); sheet.replaceSync('*:focus-visible { outline: 3px solid #ddd"
                + " !important; box-shadow: none !important; }'); document.adoptedStyleSheets = [sheet];");
        assertThat(checks().tabThrough("/")).anyMatch(stop -> stop.contrast() > 1 && stop.contrast() < 3);
        open("/");
        driver().executeScript("document.getElementById('site-search-words').addEventListener('keydown',"
                + " event => { if (event.key === 'Tab') event.preventDefault(); });");
        assertThatThrownBy(() -> checks().assertNoKeyboardTrap("/")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("keyboard trap");
    }
}

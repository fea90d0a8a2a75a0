package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import fr.uphf.site.support.Browser;
import fr.uphf.site.support.PresentationChecks;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.PublicSite.FetchedPage;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.ScreenCheck;
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

/**
 * Every public page, opened in headless Chromium, has no violation of the axe-core rules for WCAG 2.1 levels A and
 * AA (what the RGAA builds on) nor of the best practices on landmarks and headings that RGAA 9.1 and 9.2 need, and
 * nothing blocked by the Content-Security-Policy; and the skip link and the main menu work with the keyboard alone.
 */
@RunningSiteTest
class AccessibilityTest {

    private static Browser browser;

    private static final Set<String> rulesRun = new TreeSet<>();

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
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            System.out.println("axe-core: " + rulesRun.size() + " rules run ("
                    + String.join(", ", ScreenCheck.WCAG_21_AA) + ", "
                    + String.join(", ", ScreenCheck.RGAA_BEST_PRACTICES) + "): " + String.join(" ", rulesRun));
            browser.close();
        }
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void open(String path) {
        driver().get(PublicSite.origin(port) + path);
    }

    @TestFactory
    Stream<DynamicTest> everyPublicPageHasNoWcag21AaViolation() {
        List<FetchedPage> pages = PublicSite.pages(port);
        System.out.println("axe-core: " + pages.size() + " pages of the site checked in Chromium");
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.path(), () -> {
            browser.consoleMessages();
            open(page.path());
            assertThat(browser.consoleMessages()).as("console of " + page.path())
                    .noneMatch(message -> message.contains("Content Security Policy"));
            Results results = ScreenCheck.axe().analyze(driver());
            Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())
                    .flatMap(List::stream).map(Rule::getId).forEach(rulesRun::add);
            assertThat(results.isErrored()).as("axe-core ran on " + page.path()).isFalse();
            assertThat(results.getViolations().stream().map(AccessibilityTest::describe).toList())
                    .as("WCAG 2.1 AA and RGAA best-practice violations on " + page.path()).isEmpty();
        }));
    }

    @Test
    void axeReallyReportsViolations() {
        open("/");
        driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<img src=\"/x.png\"><a href=\"/\"></a><h5>Saut</h5><h3></h3>');"
                + " document.body.insertAdjacentHTML('afterbegin', '<p>Hors de tout repère</p>')");
        Results results = ScreenCheck.axe().analyze(driver());
        assertThat(results.getViolations()).extracting(Rule::getId)
                .contains("image-alt", "link-name", "region", "heading-order", "empty-heading");
    }

    @Test
    void theBrowserRefusesAnInlineScriptAndSaysSo() {
        open("/");
        browser.consoleMessages();
        driver().executeScript("const script = document.createElement('script');"
                + " script.textContent = 'document.body.dataset.injected = \"yes\"';"
                + " document.head.appendChild(script);");
        assertThat(driver().findElement(By.tagName("body")).getAttribute("data-injected")).isNull();
        assertThat(browser.consoleMessages()).anyMatch(message -> message.contains("Content Security Policy"));
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesToTheContent() {
        open("/universite/histoire");
        new PresentationChecks(driver()).assertSkipLinkLeadsToTheContent("/universite/histoire");
        assertThat(driver().getCurrentUrl()).endsWith("/universite/histoire#contenu");
        assertThat(driver().switchTo().activeElement().getTagName()).isEqualTo("main");
        driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = driver().switchTo().activeElement();
        assertThat(next.findElements(By.xpath("ancestor::main"))).as("the next tab stop is in the content").hasSize(1);
    }

    @Test
    void everyMainMenuEntryIsReachedWithTabAndOpensWithEnter() {
        open("/");
        List<String> menu = driver().findElements(By.cssSelector(".main-nav a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(menu).hasSize(6);
        WebElement focused = driver().findElement(By.tagName("body"));
        List<String> reached = new java.util.ArrayList<>();
        for (int tab = 0; tab < 20 && reached.size() < menu.size(); tab++) {
            focused.sendKeys(Keys.TAB);
            focused = driver().switchTo().activeElement();
            if (!focused.findElements(By.xpath("ancestor::nav[contains(@class, 'main-nav')]")).isEmpty()) {
                reached.add(focused.getAttribute("href"));
                assertThat(focused.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");
            }
        }
        assertThat(reached).isEqualTo(menu);
        focused.sendKeys(Keys.ENTER);
        assertThat(driver().getCurrentUrl()).isEqualTo(menu.get(menu.size() - 1));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }
}

package fr.uphf.site.web;

import java.util.List;
import java.util.stream.Stream;

import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.PresentationChecks;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.PublicSite.FetchedPage;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reflow (WCAG 1.4.10, RGAA 10.11): every public page read on a screen 320 CSS pixels wide, as on a small phone or a
 * browser zoomed to 400 %, needs no sideways scrolling. Only a wide table may scroll, inside its own labelled box.
 */
@RunningSiteTest
class ReflowTest {

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(320, 640);

    @LocalServerPort
    int port;

    private ChromeDriver driver() {
        return browser.driver();
    }

    @TestFactory
    Stream<DynamicTest> noPublicPageScrollsSidewaysAt320CssPixels() {
        List<FetchedPage> pages = PublicSite.pages(port).stream().filter(page -> page.status() != 400).toList();
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.path(), () -> {
            driver().get(PublicSite.origin(port) + page.path());
            PresentationChecks checks = new PresentationChecks(driver());
            assertThat(checks.overflow().viewport()).isEqualTo(320);
            checks.assertNoSidewaysScroll(page.path());
        }));
    }

    @Test
    void theMeasureSeesAPageThatIsTooWide() {
        driver().get(PublicSite.origin(port) + "/");
        driver().executeScript("const wide = document.createElement('p'); wide.textContent = 'trop large';"
                + " wide.style.width = '500px'; document.querySelector('main').append(wide);");
        PresentationChecks.Overflow measured = new PresentationChecks(driver()).overflow();
        assertThat(measured.scrollWidth()).isGreaterThan(measured.width());
        assertThat(measured.sticking()).anyMatch(element -> element.startsWith("p "));
    }
}

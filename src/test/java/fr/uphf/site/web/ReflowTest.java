package fr.uphf.site.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.uphf.site.support.BrowserWindow;
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

    /** What sticks out of the viewport, outside the boxes that scroll on their own: a few selectors and widths. */
    private static final String OVERFLOWING = """
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const element of document.body.querySelectorAll('*')) {
                if (element.closest('.table-scroll') || element.closest('[hidden]')) continue;
                const box = element.getBoundingClientRect();
                if (box.width > 0 && box.right > width + 0.5) {
                    out.push(element.tagName.toLowerCase() + (element.className ? '.' + element.className : '')
                        + ' ' + Math.round(box.right));
                }
            }
            return {scroll: document.documentElement.scrollWidth, width: width, viewport: window.innerWidth,
                    out: out.slice(0, 5)};""";

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(320, 640);

    @LocalServerPort
    int port;

    private ChromeDriver driver() {
        return browser.driver();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> measure(String path) {
        driver().get(PublicSite.origin(port) + path);
        return (Map<String, Object>) driver().executeScript(OVERFLOWING);
    }

    @TestFactory
    Stream<DynamicTest> noPublicPageScrollsSidewaysAt320CssPixels() {
        List<FetchedPage> pages = PublicSite.pages(port).stream().filter(page -> page.status() != 400).toList();
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.path(), () -> {
            Map<String, Object> measured = measure(page.path());
            assertThat(((Number) measured.get("viewport")).intValue()).isEqualTo(320);
            assertThat(((Number) measured.get("scroll")).intValue())
                    .as("width of " + page.path() + " at 320 px; sticking out: " + measured.get("out"))
                    .isLessThanOrEqualTo(((Number) measured.get("width")).intValue());
        }));
    }

    @Test
    void theMeasureSeesAPageThatIsTooWide() {
        driver().get(PublicSite.origin(port) + "/");
        driver().executeScript("const wide = document.createElement('p'); wide.textContent = 'trop large';"
                + " wide.style.width = '500px'; document.querySelector('main').append(wide);");
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) driver().executeScript(OVERFLOWING);
        assertThat(((Number) measured.get("scroll")).intValue()).isGreaterThan(((Number) measured.get("width")).intValue());
    }
}

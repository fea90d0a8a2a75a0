package fr.uphf.site.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presentation checks of RGAA themes 10 and 12 on the page a browser shows, one implementation for the public
 * pages and the staff screens: reflow at 320 CSS px (10.11), text spacing forced (10.12), zoom 200 % (10.4), the focus
 * shown with enough contrast on every element the keyboard reaches (10.7), no keyboard trap and Shift+Tab retracing
 * Tab (12.8, 12.9), the skip link (12.7).
 */
public final class PresentationChecks {

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

    /**
     * The WCAG 1.4.12 text spacing (line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em), forced
     * through the CSS object model since the Content-Security-Policy forbids inline styles.
     */
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
                // a single-line field scrolls its value sideways by design: only a value too tall for it is cut off
                const sideways = !element.matches('input') && element.scrollWidth > element.clientWidth + 1;
                if (element.scrollHeight > element.clientHeight + 1 || sideways) {
                    cut.push(element.tagName.toLowerCase() + (element.className ? '.' + element.className : ''));
                }
            }
            return {cut: cut.slice(0, 5), scroll: document.documentElement.scrollWidth,
                    width: document.documentElement.clientWidth};""";

    /**
     * The focused element: a name for it (a radio group is one tab stop, whichever of its buttons has the focus),
     * whether it is the page's body (the focus has left the page), and whether its focus indicator shows, as an outline
     * or a shadow whose colour has a contrast of 3:1 at least with the background around the element (WCAG 1.4.11).
     */
    private static final String FOCUSED = """
            const element = document.activeElement;
            if (!element || element === document.body || element === document.documentElement) return {body: true};
            const rgb = text => { const m = text && text.match(/rgba?\\(([\\d.]+), ([\\d.]+), ([\\d.]+)(?:, ([\\d.]+))?/);
                return m && (m[4] === undefined || Number(m[4]) > 0) ? [m[1], m[2], m[3]].map(Number) : null; };
            const luminance = c => { const [r, g, b] = c.map(v => { v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
            let around = null;
            for (let node = element.parentElement; node && !around; node = node.parentElement) {
                around = rgb(getComputedStyle(node).backgroundColor);
            }
            around = around || [255, 255, 255];
            const style = getComputedStyle(element);
            const colours = [];
            if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) colours.push(rgb(style.outlineColor));
            if (style.boxShadow !== 'none') colours.push(rgb(style.boxShadow));
            const best = Math.max(0, ...colours.filter(c => c).map(c => contrast(c, around)));
            const name = element.matches('input[type=radio]') ? 'radio ' + element.name
                : element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                    + (element.getAttribute('href') ? ' ' + element.getAttribute('href') : '')
                    + (element.name ? ' ' + element.name : '') + ' «' + (element.textContent || '').trim().slice(0, 30) + '»'
                    + ' @' + Array.prototype.indexOf.call(document.querySelectorAll('*'), element);
            return {body: false, name: name, contrast: best};""";

    private static final String FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, summary,"
            + " [tabindex]:not([tabindex=\"-1\"])";

    private final WebDriver driver;

    public PresentationChecks(WebDriver driver) {
        this.driver = driver;
    }

    /** The page's width against the viewport's, and the first elements sticking out of it. */
    public record Overflow(int scrollWidth, int width, int viewport, List<String> sticking) {
    }

    /** The first elements whose text is cut off by a box hiding what overflows, and the page's width. */
    public record Cut(List<String> cut, int scrollWidth, int width) {
    }

    /** A tab stop: the element's name and the contrast of its focus indicator (0 when it shows none). */
    public record Stop(String name, double contrast) {
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> run(String script) {
        return (Map<String, Object>) js().executeScript(script);
    }

    private static int number(Map<String, Object> measured, String key) {
        return ((Number) measured.get(key)).intValue();
    }

    @SuppressWarnings("unchecked")
    public Overflow overflow() {
        Map<String, Object> measured = run(OVERFLOWING);
        return new Overflow(number(measured, "scroll"), number(measured, "width"), number(measured, "viewport"),
                (List<String>) measured.get("out"));
    }

    @SuppressWarnings("unchecked")
    public Cut cut() {
        Map<String, Object> measured = run(CUT);
        return new Cut((List<String>) measured.get("cut"), number(measured, "scroll"), number(measured, "width"));
    }

    public void forceTextSpacing() {
        js().executeScript(SPACING);
    }

    /** 10.11: on the current screen nothing but a boxed table is wider than the viewport. */
    public void assertNoSidewaysScroll(String page) {
        Overflow measured = overflow();
        assertThat(measured.scrollWidth()).as("width of " + page + " at " + measured.viewport() + " px; sticking out: "
                + measured.sticking()).isLessThanOrEqualTo(measured.width());
    }

    /** 10.4 and 10.12: no text cut off, no sideways scroll. */
    public void assertNothingCutOff(String page) {
        Cut measured = cut();
        assertThat(measured.cut()).as("text cut off on " + page).isEmpty();
        assertThat(measured.scrollWidth()).as("sideways scroll on " + page).isLessThanOrEqualTo(measured.width());
    }

    /** Lays pages out on a screen of this size in CSS pixels, each made of {@code scale} device pixels a side. */
    public static void showOn(ChromeDriver driver, int width, int height, int scale) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", false));
    }

    /** Lays pages out as a 1,280 px window zoomed to 200 %: 640 CSS px, each twice as large. */
    public static void zoomTo200Percent(ChromeDriver driver) {
        showOn(driver, 640, 400, 2);
    }

    public static void resetZoom(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private int focusableCount() {
        return ((Number) js().executeScript("return document.querySelectorAll('" + FOCUSABLE.replace("'", "\\'")
                + "').length")).intValue();
    }

    private Stop focused() {
        Map<String, Object> state = run(FOCUSED);
        return Boolean.TRUE.equals(state.get("body")) ? null
                : new Stop((String) state.get("name"), ((Number) state.get("contrast")).doubleValue());
    }

    /**
     * Starts the keyboard from the top of the page, whatever a field's autofocus took: the focus is put on a mark
     * before everything else (out of the tab order), which the first Tab leaves and which is then taken away.
     */
    private void fromTheTop() {
        js().executeScript("const mark = document.createElement('span'); mark.tabIndex = -1; mark.id = 'keyboard-start';"
                + " document.body.prepend(mark); mark.focus(); window.scrollTo(0, 0);");
        press(Keys.TAB);
        js().executeScript("document.getElementById('keyboard-start').remove();");
    }

    /** Keys typed as a person would, to the element that has the focus (never focusing another one first). */
    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private void pressShiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** The stops Tab went through, and the last element it reached before leaving the page. */
    private record Walk(List<Stop> stops, WebElement last, int limit) {
    }

    /**
     * Tabs from the top of the page until the focus leaves it, and fails when it does not within a tab per focusable
     * element (a trap).
     */
    private Walk walk(String page) {
        // a date field is one stop that Tab crosses segment by segment (day, month, year, hours, minutes)
        int limit = 6 * focusableCount() + 1;
        fromTheTop();
        List<Stop> stops = new ArrayList<>();
        WebElement last = null;
        int presses = 1;
        for (Stop stop = focused(); stop != null; stop = focused()) {
            if (stops.isEmpty() || !stops.get(stops.size() - 1).name().equals(stop.name())) {
                stops.add(stop);
            }
            assertThat(presses++).as("Tab never leaves " + page + " (keyboard trap?) after " + stops.subList(
                    Math.max(0, stops.size() - 4), stops.size())).isLessThanOrEqualTo(limit);
            last = driver.switchTo().activeElement();
            press(Keys.TAB);
        }
        assertThat(stops).as("tab stops of " + page).isNotEmpty();
        return new Walk(stops, last, limit);
    }

    /** The stops of Tab from the top of the page to its end, in order. */
    public List<Stop> tabThrough(String page) {
        return walk(page).stops();
    }

    /** 10.7: every element Tab reaches shows its focus, in a colour of 3:1 against what surrounds it. */
    public void assertFocusShownEverywhere(String page) {
        List<String> unseen = tabThrough(page).stream().filter(stop -> stop.contrast() < 3)
                .map(stop -> stop.name() + " (" + Math.round(stop.contrast() * 10) / 10.0 + ":1)").toList();
        assertThat(unseen).as("focus not shown, or below 3:1, on " + page).isEmpty();
    }

    /**
     * 12.8 and 12.9: Tab goes through the page to its end and out of it; from the last stop, Shift+Tab comes back
     * through the same stops in reverse order to the first, and out of the page at the top.
     */
    public void assertNoKeyboardTrap(String page) {
        Walk forward = walk(page);
        List<String> names = forward.stops().stream().map(Stop::name).toList();
        js().executeScript("arguments[0].focus()", forward.last());
        List<String> backward = new ArrayList<>();
        for (int presses = 0; presses <= forward.limit(); presses++) {
            Stop stop = focused();
            if (stop == null) {
                break;
            }
            if (backward.isEmpty() || !backward.get(backward.size() - 1).equals(stop.name())) {
                backward.add(stop.name());
            }
            pressShiftTab();
        }
        Collections.reverse(backward);
        assertThat(backward).as("Shift+Tab retraces Tab on " + page).isEqualTo(names);
    }

    /** 12.7: the first tab stop is the skip link, shown on screen, and Enter on it puts the focus on the content. */
    public void assertSkipLinkLeadsToTheContent(String page) {
        fromTheTop();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).as("first tab stop of " + page).contains("skip-link");
        assertThat(skip.getRect().getY()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
        String target = skip.getAttribute("href").replaceFirst("^[^#]*#", "");
        press(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus after the skip link on " + page)
                .isEqualTo(target);
    }
}

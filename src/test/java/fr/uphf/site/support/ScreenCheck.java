package fr.uphf.site.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules, with the best-practice rules on landmarks and headings that the RGAA asks for
 * (9.1, 9.2), and the Nu Html Checker, run on the page a real browser shows.
 */
public final class ScreenCheck {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** axe's best practices that RGAA 9.1 (headings) and 9.2 (structure: every content in a landmark) need. */
    public static final List<String> RGAA_BEST_PRACTICES = List.of("region", "landmark-one-main", "landmark-unique",
            "heading-order", "page-has-heading-one", "empty-heading");

    private final HtmlChecker checker;

    public ScreenCheck() throws Exception {
        checker = new HtmlChecker();
    }

    /** axe-core set to run the WCAG 2.1 A and AA rules and the best practices of {@link #RGAA_BEST_PRACTICES}. */
    public static AxeBuilder axe() {
        return new AxeBuilder().withTags(WCAG_21_AA).withRules(RGAA_BEST_PRACTICES);
    }

    /** Zero axe violations on the page as shown, zero HTML errors in the page as served to this session. */
    public void assertPasses(ChromeDriver driver) throws Exception {
        String path = driver.getCurrentUrl();
        Results results = axe().analyze(driver);
        assertThat(results.isErrored()).isFalse();
        assertThat(results.getViolations()).as("WCAG 2.1 AA and RGAA best-practice violations on " + path)
                .extracting(rule -> rule.getId() + ": " + rule.getHelp()).isEmpty();
        String html = (String) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(location.href, {credentials: 'same-origin'}).then(r => r.text()).then(done);");
        assertThat(checker.errors(html)).as("HTML errors on " + path).isEmpty();
    }
}

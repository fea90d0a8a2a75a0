package fr.uphf.site.admin;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import fr.uphf.site.media.MediaLibrary;
import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.PresentationChecks;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff screens, signed in as an administrator, under the same presentation checks as the public pages
 * ({@link PresentationChecks}): no sideways scroll at 320 CSS px (10.11), nothing cut off with the text spacing forced
 * (10.12) nor at 200 % (10.4), the focus shown with contrast on every tab stop (10.7), no keyboard trap and Shift+Tab
 * retracing Tab (12.8, 12.9), the skip link first (12.7).
 */
@RunningSiteTest
class StaffPresentationTest {

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(1280, 1024);

    @RegisterExtension
    static final StaffAccount staff = StaffAccount.admin("presentation", "un mot de passe pour la mise en page");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaLibrary media;

    @BeforeEach
    void anAdministratorSignedIn() {
        staff.signInOnce(driver());
        PresentationChecks.showOn(driver(), 1280, 1024, 1);
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private PresentationChecks checks() {
        return new PresentationChecks(driver());
    }

    /** Each staff screen opened on the screen the check needs, then checked. */
    private Stream<DynamicTest> everyScreen(Runnable screen, Consumer<String> check) {
        List<String> paths = StaffScreens.all(jdbc, media);
        return paths.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            screen.run();
            driver().get("http://localhost:" + port + path);
            assertThat(driver().getCurrentUrl()).as("still signed in").endsWith(path);
            check.accept(path);
        }));
    }

    @TestFactory
    Stream<DynamicTest> noStaffScreenScrollsSidewaysAt320CssPixels() {
        return everyScreen(() -> PresentationChecks.showOn(driver(), 320, 640, 1), checks()::assertNoSidewaysScroll);
    }

    @TestFactory
    Stream<DynamicTest> withTheTextSpacingForcedNoTextIsCutOff() {
        return everyScreen(() -> { }, path -> {
            checks().forceTextSpacing();
            checks().assertNothingCutOff(path);
        });
    }

    @TestFactory
    Stream<DynamicTest> atTwiceTheSizeNothingIsLost() {
        return everyScreen(() -> PresentationChecks.zoomTo200Percent(driver()), checks()::assertNothingCutOff);
    }

    @TestFactory
    Stream<DynamicTest> everyElementTheKeyboardReachesShowsItsFocus() {
        return everyScreen(() -> { }, checks()::assertFocusShownEverywhere);
    }

    @TestFactory
    Stream<DynamicTest> theSkipLinkComesFirstAndTheKeyboardIsNeverTrapped() {
        return everyScreen(() -> { }, path -> {
            checks().assertSkipLinkLeadsToTheContent(path);
            checks().assertNoKeyboardTrap(path);
        });
    }
}

package fr.uphf.site.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for a test class (a static {@code @RegisterExtension} field), showing pages on a screen of
 * the given size in CSS pixels; each test is skipped, saying so, when Chromium is not installed (failed on CI).
 */
public final class BrowserWindow implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final int width;
    private final int height;
    private Browser browser;

    private BrowserWindow(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public static BrowserWindow sized(int width, int height) {
        return new BrowserWindow(width, height);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (Browser.installed()) {
            browser = Browser.start();
            PresentationChecks.showOn(browser.driver(), width, height, 1);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser.assumeInstalled();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    public ChromeDriver driver() {
        return browser.driver();
    }
}

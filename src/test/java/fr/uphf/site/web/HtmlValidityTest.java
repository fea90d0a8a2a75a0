package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import fr.uphf.site.support.HtmlChecker;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.PublicSite.FetchedPage;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every public page passes the Nu Html Checker (vnu, the W3C's HTML validator) with zero errors. */
@RunningSiteTest
class HtmlValidityTest {

    private static HtmlChecker checker;

    @LocalServerPort
    int port;

    @BeforeAll
    static void loadTheChecker() throws Exception {
        checker = new HtmlChecker();
    }

    @TestFactory
    Stream<DynamicTest> everyPublicPageIsValidHtml() {
        List<FetchedPage> pages = PublicSite.pages(port);
        System.out.println("Nu Html Checker: " + pages.size() + " pages of the site checked");
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.path(),
                () -> assertThat(checker.errors(page.html())).as("HTML errors on " + page.path()).isEmpty()));
    }

    @Test
    void theCheckerReallyReportsErrors() throws Exception {
        String broken = "<!DOCTYPE html><html lang=\"fr\"><head><title>T</title></head>"
                + "<body><main><ul><p>pas dans une liste</p></ul><img src=\"x.png\"></main></body></html>";
        assertThat(checker.errors(broken)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(checker.errors("<!DOCTYPE html><html lang=\"fr\"><head><title>T</title></head><body><p>ok</p></body></html>"))
                .isEmpty();
    }
}

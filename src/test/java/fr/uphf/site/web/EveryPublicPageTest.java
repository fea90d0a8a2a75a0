package fr.uphf.site.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.uphf.site.support.PublicSite.FetchedPage;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteClient;
import fr.uphf.site.support.WrittenAudit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page reached from the home page must have: its own title and description, a canonical URL and the Open
 * Graph tags for shared links, the date of its last update, the accessibility status and legal links in the footer,
 * the security headers, and no cookie.
 */
@RunningSiteTest
class EveryPublicPageTest {

    @LocalServerPort
    int port;

    @Autowired
    SiteProperties site;

    private List<FetchedPage> pages() {
        return PublicSite.linkedPages(port);
    }

    @Test
    void theCrawlReachesEveryAreaAndTheLegalPages() {
        List<String> paths = pages().stream().map(FetchedPage::path).toList();
        assertThat(paths).contains("/", "/universite", "/admission", "/campus", "/campus/cambrai", "/eunice",
                "/mobilite", "/services", "/mentions-legales", "/accessibilite", "/donnees-personnelles");
        assertThat(paths).hasSizeGreaterThan(45).doesNotHaveDuplicates();
    }

    @Test
    void everyPageHasItsOwnTitleAndDescription() {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (FetchedPage page : pages()) {
            Document document = page.document(port);
            String title = document.title();
            String description = document.select("meta[name=description]").attr("content");
            assertThat(title).as("title of " + page.path()).endsWith(" – UPHF").hasSizeGreaterThan(" – UPHF".length());
            assertThat(description).as("description of " + page.path()).hasSizeGreaterThan(30);
            assertThat(titles.put(title, page.path())).as("title of " + page.path() + " also on another page").isNull();
            assertThat(descriptions.put(description, page.path()))
                    .as("description of " + page.path() + " also on another page").isNull();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageNamesItsCanonicalUrlAndDescribesItselfForSharedLinks() {
        return pages().stream().map(page -> DynamicTest.dynamicTest(page.path(), () -> {
            Document document = page.document(port);
            String canonical = site.absolute(page.path());
            assertThat(document.select("link[rel=canonical]").eachAttr("href")).containsExactly(canonical);
            assertThat(property(document, "og:url")).isEqualTo(canonical);
            assertThat(property(document, "og:title")).isEqualTo(document.title().replace(" – UPHF", ""));
            assertThat(property(document, "og:description"))
                    .isEqualTo(document.select("meta[name=description]").attr("content"));
            assertThat(property(document, "og:type")).isEqualTo("website");
            assertThat(property(document, "og:locale")).isEqualTo(english(page) ? "en_GB" : "fr_FR");
            assertThat(document.select("meta[name=robots]")).as("indexable").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageShowsWhenItWasLastUpdated() {
        return pages().stream().map(page -> DynamicTest.dynamicTest(page.path(), () ->
                assertThat(page.document(port).select("main .updated").text()).matches(english(page)
                        ? "Page updated on \\d{1,2} \\p{L}+ \\d{4}"
                        : "Page mise à jour le \\d{1,2} \\p{L}+ \\d{4}")));
    }

    @TestFactory
    Stream<DynamicTest> everyFooterStatesTheAccessibilityStatusAndLinksTheLegalPages() {
        WrittenAudit audit = WrittenAudit.read();
        return pages().stream().map(page -> DynamicTest.dynamicTest(page.path(), () -> {
            Element footer = page.document(port).selectFirst("footer");
            assertThat(footer).isNotNull();
            if (english(page)) {
                assertThat(footer.select("a[href=/en/accessibility]").text())
                        .isEqualTo("Accessibility: " + audit.englishLevel());
                assertThat(footer.select("a[href=/en/site-map]").text()).isEqualTo("Site map");
                assertThat(footer.select("a[href=/en/legal-notice]").text()).isEqualTo("Legal notice");
                assertThat(footer.select("a[href=/en/personal-data]").text()).isEqualTo("Personal data");
                return;
            }
            assertThat(footer.select("a[href=/accessibilite]").text()).isEqualTo("Accessibilité : " + audit.frenchLevel());
            assertThat(footer.select("a[href=/plan-du-site]").text()).isEqualTo("Plan du site");
            assertThat(footer.select("a[href=/mentions-legales]").text()).isEqualTo("Mentions légales");
            assertThat(footer.select("a[href=/donnees-personnelles]").text()).isEqualTo("Données personnelles");
        }));
    }

    /** RGAA 5.4: every data table is tied to its title: a caption, or aria-labelledby / aria-label on the table itself. */
    @TestFactory
    Stream<DynamicTest> everyTableHasAnAccessibleName() {
        return PublicSite.pages(port).stream().map(page -> DynamicTest.dynamicTest(page.path(), () -> {
            Document document = page.document(port);
            for (Element table : document.select("table")) {
                assertThat(accessibleName(document, table)).as("name of a table on " + page.path()).isNotBlank();
            }
        }));
    }

    @Test
    void aTableNamedOnlyByTheBoxAroundItHasNoName() {
        Document document = org.jsoup.Jsoup.parse("""
                <h2 id="t">Plateformes</h2><div role="region" aria-labelledby="t"><table><tr><td>1</td></tr></table></div>
                <table aria-labelledby="t"></table><table aria-labelledby="absent"></table>
                <table><caption>Montants</caption></table><table aria-label="Aides"></table>""");
        assertThat(document.select("table").stream().map(table -> accessibleName(document, table)))
                .containsExactly("", "Plateformes", "", "Montants", "Aides");
    }

    /** The name a table gets as the accessibility tree computes it, for the ways the site names tables. */
    private static String accessibleName(Document document, Element table) {
        if (table.hasAttr("aria-labelledby")) {
            return Stream.of(table.attr("aria-labelledby").split("\\s+"))
                    .map(document::getElementById)
                    .filter(java.util.Objects::nonNull)
                    .map(Element::text)
                    .reduce("", (names, name) -> (names + " " + name).strip());
        }
        if (!table.attr("aria-label").isBlank()) {
            return table.attr("aria-label").strip();
        }
        Element caption = table.selectFirst("> caption");
        return caption == null ? "" : caption.text().strip();
    }

    @Test
    void noPublicPageSetsACookie() {
        for (FetchedPage page : PublicSite.pages(port)) {
            assertThat(page.headers().allValues("Set-Cookie")).as("cookies set by " + page.path()).isEmpty();
        }
    }

    @Test
    void everyPageComesWithTheSecurityHeadersAndNoServerBanner() {
        for (FetchedPage page : PublicSite.pages(port)) {
            assertThat(page.headers().firstValue("Server")).as(page.path()).isEmpty();
            assertThat(page.headers().firstValue("X-Powered-By")).as(page.path()).isEmpty();
            if (page.status() == 400) {
                continue; // rejected by Tomcat itself, before any filter: a static page without script
            }
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.path())
                    .hasValue(SitePolicy.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(page.path()).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(page.path()).hasValue("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(page.path())
                    .hasValue("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).as(page.path())
                    .hasValue(SitePolicy.PERMISSIONS_POLICY);
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as(page.path()).isEmpty();
        }
    }

    @Test
    void thePolicyAllowsNoInlineOrForeignScriptAndHttpsIsDemandedOnlyOverHttps() throws Exception {
        assertThat(SitePolicy.CONTENT_SECURITY_POLICY).contains("script-src 'self';", "frame-ancestors 'none'",
                "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(SitePolicy.PERMISSIONS_POLICY).contains("camera=()", "microphone=()", "geolocation=()");
        SiteClient site = new SiteClient(port);
        assertThat(site.get("/", "X-Forwarded-Proto: https").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(site.get("/pas-de-page-ici", "X-Forwarded-Proto: https").header("Strict-Transport-Security"))
                .as("on an error page too").startsWith("max-age=31536000");
    }

    @Test
    void errorPagesAreNotIndexedAndNameNoCanonicalUrl() {
        List<FetchedPage> errors = PublicSite.pages(port).stream().filter(page -> page.status() >= 400).toList();
        assertThat(errors).extracting(FetchedPage::status).contains(400, 404);
        for (FetchedPage page : errors) {
            Document document = page.document(port);
            assertThat(document.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(document.select("link[rel=canonical]")).isEmpty();
            assertThat(document.select("script[type=application/ld+json]")).isEmpty();
        }
    }

    private static boolean english(FetchedPage page) {
        return page.path().equals("/en") || page.path().startsWith("/en/");
    }

    private static String property(Document document, String property) {
        return document.select("meta[property=" + property + "]").attr("content");
    }
}

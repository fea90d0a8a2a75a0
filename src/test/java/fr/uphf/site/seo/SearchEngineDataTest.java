package fr.uphf.site.seo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;

import fr.uphf.site.campus.Campus;
import fr.uphf.site.campus.CampusRepository;
import fr.uphf.site.content.Page;
import fr.uphf.site.content.PageService;
import fr.uphf.site.legal.LegalPage;
import fr.uphf.site.support.PublicSite.FetchedPage;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.web.SiteProperties;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** sitemap.xml, robots.txt and the schema.org structured data, as search engines read them. */
@RunningSiteTest
class SearchEngineDataTest {

    private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    SiteProperties site;

    @Autowired
    PageService pages;

    @Autowired
    CampusRepository campuses;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(PublicSite.origin(port) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The sitemap's entries: absolute URL to last modification date. */
    private Map<String, LocalDate> sitemap() throws Exception {
        HttpResponse<String> response = get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        NodeList urls = xml.getElementsByTagNameNS(SITEMAP_NAMESPACE, "url");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            entries.add((Element) urls.item(i));
        }
        return entries.stream().collect(Collectors.toMap(
                entry -> entry.getElementsByTagNameNS(SITEMAP_NAMESPACE, "loc").item(0).getTextContent(),
                entry -> LocalDate.parse(entry.getElementsByTagNameNS(SITEMAP_NAMESPACE, "lastmod").item(0).getTextContent())));
    }

    @Test
    void theSitemapListsExactlyThePagesVisitorsReachFromTheHomePage() throws Exception {
        List<String> crawled = PublicSite.linkedPages(port).stream().map(page -> site.absolute(page.path())).toList();
        assertThat(sitemap().keySet()).containsExactlyInAnyOrderElementsOf(crawled);
    }

    @Test
    void theSitemapGivesEachPageTheDayOfItsLastChange() throws Exception {
        Map<String, LocalDate> sitemap = sitemap();
        for (Page page : pages.allPublished()) {
            assertThat(sitemap.get(site.absolute(page.url()))).as(page.url()).isEqualTo(page.updatedOn());
        }
        for (Campus campus : campuses.findAllByOrderBySortOrder()) {
            assertThat(sitemap.get(site.absolute("/campus/" + campus.getSlug()))).isEqualTo(campus.updatedOn());
        }
        for (LegalPage page : LegalPage.values()) {
            assertThat(sitemap.get(site.absolute(page.path()))).isEqualTo(page.updatedOn());
            assertThat(sitemap.get(site.absolute(page.englishPath()))).isEqualTo(page.updatedOn());
        }
        assertThat(sitemap.values()).allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(LocalDate.now().plusDays(1)));
    }

    @Test
    void theSitemapGivesEachPageItsAddressInTheOtherLanguage() throws Exception {
        String xml = get("/sitemap.xml").body();
        assertThat(xml).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
                .contains("<loc>" + site.absolute("/en/international/financial-aid") + "</loc>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\""
                        + site.absolute("/en/international/financial-aid") + "\"/>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\""
                        + site.absolute("/mobilite/aides-financieres") + "\"/>");
    }

    @Test
    void robotsKeepsTheStaffAreaOutAndPointsAtTheSitemap() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body().lines()).contains("User-agent: *", "Disallow: /admin",
                "Sitemap: " + site.absolute("/sitemap.xml"));
        assertThat(site.absolute("/sitemap.xml")).startsWith("http").endsWith("/sitemap.xml");
    }

    @Test
    void theHomePageDescribesTheUniversityAndItsCampusesWithoutInventingAddresses() {
        Document home = PublicSite.linkedPages(port).get(0).document(port);
        List<JsonNode> data = jsonLd(home);
        assertThat(data).hasSize(1);
        JsonNode university = data.get(0);
        assertThat(university.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(university.path("@type").asString()).isEqualTo("CollegeOrUniversity");
        assertThat(university.path("name").asString()).isEqualTo("Université Polytechnique Hauts-de-France");
        assertThat(university.path("url").asString()).isEqualTo(site.absolute("/"));
        List<Campus> all = campuses.findAllByOrderBySortOrder();
        JsonNode places = university.path("location");
        assertThat(places.size()).isEqualTo(all.size()).isEqualTo(5);
        for (int i = 0; i < all.size(); i++) {
            JsonNode place = places.get(i);
            assertThat(place.path("@type").asString()).isEqualTo("Place");
            assertThat(place.path("name").asString()).isEqualTo(all.get(i).getName());
            assertThat(place.path("address").path("addressLocality").asString()).isEqualTo(all.get(i).getCity());
            assertThat(place.path("address").has("streetAddress")).isFalse();
            assertThat(place.path("address").has("postalCode")).isFalse();
        }
    }

    @Test
    void everyInnerPageHasItsBreadcrumbTrailFromHomeToItself() {
        List<FetchedPage> inner = PublicSite.linkedPages(port).stream()
                .filter(page -> !page.path().equals("/") && !page.path().equals("/en")).toList();
        assertThat(inner).hasSizeGreaterThan(45);
        for (FetchedPage page : inner) {
            Document document = page.document(port);
            List<JsonNode> data = jsonLd(document);
            assertThat(data).as(page.path()).hasSize(1);
            JsonNode trail = data.get(0);
            assertThat(trail.path("@type").asString()).isEqualTo("BreadcrumbList");
            JsonNode items = trail.path("itemListElement");
            assertThat(items.size()).as(page.path()).isBetween(2, 3);
            assertThat(items.get(0).path("item").asString())
                    .isEqualTo(site.absolute(page.path().startsWith("/en/") ? "/en" : "/"));
            JsonNode last = items.get(items.size() - 1);
            assertThat(last.path("item").asString()).isEqualTo(site.absolute(page.path()));
            assertThat(last.path("position").asInt()).isEqualTo(items.size());
            assertThat(last.path("name").asString()).isEqualTo(document.selectFirst("h1").text());
            List<String> visibleTrail = document.select("nav.breadcrumbs li").eachText();
            List<String> dataTrail = new ArrayList<>();
            items.forEach(item -> dataTrail.add(item.path("name").asString()));
            assertThat(dataTrail).as(page.path()).isEqualTo(visibleTrail);
        }
    }

    private List<JsonNode> jsonLd(Document document) {
        return document.select("script[type=application/ld+json]").stream()
                .map(script -> json.readTree(script.data()))
                .toList();
    }
}

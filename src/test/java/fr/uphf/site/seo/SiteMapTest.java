package fr.uphf.site.seo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.web.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The HTML site map (RGAA 12.1): every page of sitemap.xml, grouped by area under headings, in both languages. */
@SiteTest
class SiteMapTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SiteProperties site;

    /** The paths sitemap.xml gives, French and English. */
    private Set<String> sitemapPaths() throws Exception {
        String xml = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String origin = site.absolute("/").replaceAll("/$", "");
        return Jsoup.parse(xml, Parser.xmlParser()).select("url > loc").eachText().stream()
                .map(loc -> loc.substring(origin.length()))
                .collect(Collectors.toSet());
    }

    private List<String> links(Document map) {
        return map.select("main section li a").eachAttr("href");
    }

    @Test
    void theSiteMapLinksEveryFrenchPageOfTheSitemapAndItself() throws Exception {
        Document map = new SiteCrawler(mvc).page("/plan-du-site");
        Set<String> french = sitemapPaths().stream().filter(path -> !path.startsWith("/en")).collect(Collectors.toSet());
        assertThat(french).contains("/plan-du-site", "/", "/eunice/etudiants", "/campus/mont-houy", "/accessibilite");
        french.remove("/plan-du-site");
        assertThat(links(map)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(french);
        assertThat(map.select("h1").text()).isEqualTo("Plan du site");
    }

    @Test
    void thePagesAreGroupedByAreaEachAreaOwnPageFirst() throws Exception {
        Document map = new SiteCrawler(mvc).page("/plan-du-site");
        assertThat(map.select("main h2").eachText()).containsExactly("Le site", "L’université", "Candidater",
                "Campus", "EUNICE", "International", "Services");
        List<Element> groups = map.select("main section");
        assertThat(groups.get(0).select("a").first().attr("href")).isEqualTo("/");
        assertThat(groups.get(0).select("a").eachAttr("href")).contains("/mentions-legales", "/accessibilite");
        List<String> areas = List.of("/universite", "/admission", "/campus", "/eunice", "/mobilite", "/services");
        for (int i = 0; i < areas.size(); i++) {
            List<String> hrefs = groups.get(i + 1).select("a").eachAttr("href");
            assertThat(hrefs.get(0)).isEqualTo(areas.get(i));
            String prefix = areas.get(i) + "/";
            assertThat(hrefs.subList(1, hrefs.size())).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith(prefix));
        }
        assertThat(groups.get(2).select("a").eachAttr("href")).contains("/admission/ou-candidater");
        assertThat(groups.get(3).select("a").eachText()).contains("Valenciennes – Mont Houy");
    }

    @Test
    void theEnglishSiteMapLinksTheEnglishAddressesAndMarksTitlesLeftInFrench() throws Exception {
        Document french = new SiteCrawler(mvc).page("/plan-du-site");
        Document map = new SiteCrawler(mvc).page("/en/site-map");
        assertThat(map.select("h1").text()).isEqualTo("Site map");
        assertThat(map.select("main h2").eachText()).containsExactly("The website", "The university", "Apply",
                "Campuses", "EUNICE", "International", "Services");
        Set<String> english = sitemapPaths().stream().filter(path -> path.startsWith("/en")).collect(Collectors.toSet());
        english.remove("/en/site-map");
        List<String> links = links(map);
        assertThat(links).hasSameSizeAs(links(french)).allSatisfy(href -> assertThat(href).startsWith("/en"))
                .containsAll(english);
        for (Element link : map.select("main section li a")) {
            if (!english.contains(link.attr("href"))) {
                assertThat(link.attr("lang")).as("a page without its English text: " + link.attr("href")).isEqualTo("fr");
            }
        }
    }
}

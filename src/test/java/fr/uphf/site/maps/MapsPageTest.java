package fr.uphf.site.maps;

import java.util.List;

import fr.uphf.site.campus.Campus;
import fr.uphf.site.campus.CampusRepository;
import fr.uphf.site.eunice.EunicePartner;
import fr.uphf.site.eunice.EunicePartnerRepository;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campus index and the EUNICE partners page, in both languages, draw their map: one link per campus (to its page)
 * or partner (to its row of the table), named, with a caption that is the map's text alternative next to the list or
 * table that stays the full one.
 */
@SiteTest
class MapsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampusRepository campuses;

    @Autowired
    EunicePartnerRepository partners;

    private static Element map(Document page) {
        assertThat(page.select("figure.point-map svg")).hasSize(1);
        Element figure = page.selectFirst("figure.point-map");
        Element svg = figure.selectFirst("svg");
        Element title = page.getElementById(svg.attr("aria-labelledby"));
        assertThat(title.tagName()).isEqualTo("title");
        assertThat(title.parent()).isEqualTo(svg);
        Element caption = page.getElementById(figure.attr("aria-labelledby"));
        assertThat(caption.tagName()).isEqualTo("figcaption");
        assertThat(caption.text()).contains("Natural Earth");
        assertThat(svg.select("path.point-map-land")).isNotEmpty();
        assertThat(svg.selectFirst("path.point-map-land").parent().attr("aria-hidden")).isEqualTo("true");
        assertThat(svg.attr("viewBox")).matches("0 0 360 \\d+");
        assertThat(svg.attr("style")).isEmpty();
        return svg;
    }

    @ParameterizedTest
    @CsvSource({"/campus, Carte des campus, Valenciennes – Mont Houy", "/en/campuses, Map of the UPHF campuses, Valenciennes – Mont Houy campus"})
    void theCampusIndexShowsEachCampusOnTheMapLinkedToItsPage(String path, String title, String firstName)
            throws Exception {
        Document page = new SiteCrawler(mvc).page(path);
        Element svg = map(page);
        assertThat(svg.selectFirst("title").text()).startsWith(title);
        List<Campus> all = campuses.findAllByOrderBySortOrder();
        assertThat(all).hasSize(5).allSatisfy(campus -> assertThat(campus.getLatitude()).isNotNull());
        List<Element> links = svg.select("a[href]");
        assertThat(links).hasSize(all.size());
        List<String> listed = page.select("ul.cards li > a").eachAttr("href");
        assertThat(links).extracting(link -> link.attr("href")).containsExactlyElementsOf(listed);
        assertThat(links).allSatisfy(link -> {
            assertThat(link.selectFirst("circle")).isNotNull();
            assertThat(link.selectFirst("text").text()).isNotBlank();
        });
        assertThat(SiteCrawler.normalise(links.get(0).selectFirst("text").text())).isEqualTo(firstName);
        assertThat(links).extracting(link -> SiteCrawler.normalise(link.selectFirst("text").text()))
                .containsExactlyElementsOf(page.select("ul.cards li > a").eachText().stream()
                        .map(SiteCrawler::normalise).toList());
    }

    @ParameterizedTest
    @CsvSource({"/eunice/partenaires, Carte de l’Europe, Université de Mons, Mons",
            "/en/eunice/partners, Map of Europe, University of Mons, Mons"})
    void thePartnersPageShowsEachUniversityOnTheMapLinkedToItsRow(String path, String title, String mons,
            String city) throws Exception {
        Document page = new SiteCrawler(mvc).page(path);
        Element svg = map(page);
        assertThat(svg.selectFirst("title").text()).startsWith(title);
        List<EunicePartner> all = partners.findAllByOrderBySortOrder();
        assertThat(all).hasSize(10);
        List<Element> links = svg.select("a[href]");
        assertThat(links).hasSize(all.size());
        for (Element link : links) {
            Element row = page.getElementById(link.attr("href").substring(1));
            assertThat(row).as(link.attr("href")).isNotNull();
            assertThat(row.tagName()).isEqualTo("tr");
            assertThat(link.selectFirst("text").text()).isEqualTo(row.select("td").get(0).text());
            assertThat(link.selectFirst("title").text()).startsWith(row.selectFirst("th").text());
        }
        assertThat(links).anySatisfy(link -> {
            assertThat(link.selectFirst("title").text()).isEqualTo(mons + ", " + city);
        });
    }
}

package fr.uphf.site.content;

import java.util.List;

import fr.uphf.site.campus.Campus;
import fr.uphf.site.campus.CampusRepository;
import fr.uphf.site.eunice.EunicePartnerRepository;
import fr.uphf.site.mobility.ErasmusCountryRepository;
import fr.uphf.site.mobility.GrantAmountRepository;
import fr.uphf.site.mobility.MobilityGrantRepository;
import fr.uphf.site.services.ContactPointRepository;
import fr.uphf.site.shared.Area;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.university.TimelineEventRepository;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class PublicPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageService pages;

    @Autowired
    CampusRepository campuses;

    @Autowired
    TimelineEventRepository events;

    @Autowired
    EunicePartnerRepository partners;

    @Autowired
    MobilityGrantRepository grants;

    @Autowired
    GrantAmountRepository amounts;

    @Autowired
    ErasmusCountryRepository countries;

    @Autowired
    ContactPointRepository contacts;

    private SiteCrawler site() {
        return new SiteCrawler(mvc);
    }

    private String text(String path) throws Exception {
        return SiteCrawler.normalise(site().page(path).text());
    }

    @Test
    void everyPublishedPageAnswersWithItsTitleAsTheOnlyHeadingOne() throws Exception {
        List<Page> published = pages.allPublished();
        assertThat(published).hasSizeGreaterThan(30);
        for (Page page : published) {
            Document document = site().page(page.url());
            assertThat(document.select("h1")).as(page.url()).hasSize(1);
            assertThat(document.selectFirst("h1").text()).isEqualTo(page.getTitle());
            assertThat(document.title()).startsWith(page.getTitle());
            assertThat(document.select("html[lang=fr]")).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/universite", "/admission", "/campus", "/eunice", "/mobilite", "/services"})
    void everyAreaIndexListsItsPages(String path) throws Exception {
        Area area = Area.fromPath(path.substring(1)).orElseThrow();
        Document document = site().page(path);
        List<String> links = document.select("main a").eachAttr("href");
        pages.allPublished().stream()
                .filter(page -> page.getArea() == area && !page.isIndex())
                .forEach(page -> assertThat(links).contains(page.url()));
    }

    @Test
    void homePageShowsKeyFiguresAreasAndWaysToApply() throws Exception {
        String home = text("/");
        assertThat(home).contains("14 500", "160", "250", "124 M€", "55 ha", "1 700", "Parcoursup", "Mon Master", "eCandidat");
        Document document = site().page("/");
        for (Area area : Area.values()) {
            assertThat(document.select("main a").eachAttr("href")).contains(area.url());
        }
    }

    @Test
    void eachCampusHasItsPageWithItsHistory() throws Exception {
        List<Campus> all = campuses.findAllByOrderBySortOrder();
        assertThat(all).extracting(Campus::getSlug)
                .containsExactly("mont-houy", "tertiales-ronzier", "cambrai", "maubeuge", "arenberg");
        String index = text("/campus");
        for (Campus campus : all) {
            assertThat(index).contains(campus.getName());
            String page = text("/campus/" + campus.getSlug());
            assertThat(page).contains(campus.getName(), campus.getCity());
            events.findByCampusOrderByYearAscSortOrderAsc(campus)
                    .forEach(event -> assertThat(page).contains(SiteCrawler.normalise(event.getBody())));
        }
        assertThat(text("/campus/mont-houy")).contains("1969", "2006", "2012", "Matisse");
        assertThat(text("/campus/tertiales-ronzier")).contains("1995", "deuxième étage");
    }

    @Test
    void theTenEunicePartnersAreListedWithCityAndCountry() throws Exception {
        assertThat(partners.count()).isEqualTo(10);
        String page = text("/eunice/partenaires");
        partners.findAllByOrderBySortOrder().forEach(partner ->
                assertThat(page).contains(partner.getName(), partner.getCity(), partner.getCountry()));
    }

    @Test
    void everyGrantAmountAndErasmusCountryIsOnTheFinancialAidPage() throws Exception {
        assertThat(grants.findAllByOrderBySortOrder()).extracting("code")
                .containsExactlyInAnyOrder("ERASMUS", "MERMOZ", "AMI", "UPHF");
        String page = text("/mobilite/aides-financieres");
        grants.findAllByOrderBySortOrder().forEach(grant -> assertThat(page).contains(grant.getName()));
        amounts.findAllByOrderBySortOrder().forEach(amount -> assertThat(page).contains(SiteCrawler.normalise(amount.euros())));
        countries.findAllByOrderByCountryGroupAscNameAsc().forEach(country -> assertThat(page).contains(country.getName()));
        assertThat(page).contains("312 €", "261 €", "210 €", "150 €", "400 €", "500 €", "30 000");
    }

    @Test
    void everyContactAppearsInTheDirectoryAndInItsArea() throws Exception {
        String directory = text("/services/contacts");
        assertThat(contacts.count()).isGreaterThanOrEqualTo(15);
        contacts.findAllByOrderBySortOrder().forEach(contact -> {
            if (contact.getEmail() != null) {
                assertThat(directory).contains(contact.getEmail());
            }
            if (contact.getPhone() != null) {
                assertThat(directory).contains(contact.getPhone());
            }
        });
        assertThat(text("/mobilite/contacts")).contains("international_out@uphf.fr", "ish.mobilites.lla@uphf.fr");
        assertThat(directory).contains("03 27 51 10 23", "relaishandicap@uphf.fr", "transfert-scolarite@uphf.fr");
    }

    @Test
    void keyFactsAreWhereVisitorsLookForThem() throws Exception {
        assertThat(text("/mobilite/erasmus")).contains("999884537", "E10209014");
        assertThat(text("/universite/classements")).contains("1001-1200", "301-400", "55,6", "58,2");
        assertThat(text("/universite/histoire")).contains("1964", "2014", "creative mine");
        assertThat(text("/admission/plateformes")).contains("MEEF", "Université de Lille", "co-accrédités");
        assertThat(text("/services/langues")).contains("TOEIC", "VOLTAIRE");
    }
}

package fr.uphf.site.legal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages a French public site must publish: accessibility statement, legal notice, personal data. */
@SiteTest
class LegalPagesTest {

    @Autowired
    MockMvc mvc;

    private Document page(String path) throws Exception {
        return new SiteCrawler(mvc).page(path);
    }

    @Test
    void theAccessibilityStatementGivesItsStatusDateContactAndRightOfAppeal() throws Exception {
        Document statement = page("/accessibilite");
        String text = SiteCrawler.normalise(statement.select("main").text());
        assertThat(statement.select("h1").text()).isEqualTo("Déclaration d’accessibilité");
        assertThat(statement.select(".a11y-status").text()).contains("non conforme", "aucun audit");
        String date = LegalPage.ACCESSIBILITY.updatedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
        assertThat(text).contains("RGAA", "établie le " + date, "WCAG 2.1", "Défenseur des droits",
                "Libre réponse 71120, 75342 Paris CEDEX 07");
        assertThat(statement.select("main a[href=mailto:relaishandicap@uphf.fr]")).hasSize(1);
        assertThat(statement.select("main a[href^=https://formulaire.defenseurdesdroits.fr]")).hasSize(1);
        assertThat(statement.select("main h2").eachText()).containsExactly("État de conformité", "Résultats des tests",
                "Contenus non accessibles", "Établissement de cette déclaration", "Retour d’information et contact",
                "Voies de recours");
    }

    @Test
    void thePersonalDataPageSaysThereIsNoCookieAndSoNoConsentBanner() throws Exception {
        String text = SiteCrawler.normalise(page("/donnees-personnelles").select("main").text());
        assertThat(text).contains("ne déposent aucun cookie", "aucun bandeau", "consentement", "RGPD", "CNIL");
    }

    @Test
    void theLegalNoticeNamesThePublisherAndLinksThePersonalDataPage() throws Exception {
        Document notice = page("/mentions-legales");
        assertThat(notice.select("main").text()).contains("Éditeur du site", "Directeur de la publication");
        assertThat(notice.select("main a[href=/donnees-personnelles]")).hasSize(1);
    }
}

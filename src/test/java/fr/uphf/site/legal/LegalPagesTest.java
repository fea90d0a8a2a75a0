package fr.uphf.site.legal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.WrittenAudit;
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
    void theAccessibilityStatementGivesTheRateOfTheGridItsDateMethodContactAndRightOfAppeal() throws Exception {
        WrittenAudit audit = WrittenAudit.read();
        Document statement = page("/accessibilite");
        String text = SiteCrawler.normalise(statement.select("main").text());
        assertThat(statement.select("h1").text()).isEqualTo("Déclaration d’accessibilité");
        assertThat(statement.select(".a11y-status").text()).contains("est " + audit.frenchLevel() + " avec", "RGAA");
        assertThat(SiteCrawler.normalise(statement.select(".a11y-rate").text()))
                .contains(audit.frenchRate() + " % des critères du RGAA 4.1 sont respectés");
        assertThat(text).contains(audit.met() + " sont respectés", "parmi les " + audit.applicable() + " qui s'appliquent");
        assertThat(statement.select(".a11y-method").text()).contains("audit interne, outillé", "Ce n’est pas un audit externe");
        String date = LegalPage.ACCESSIBILITY.updatedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
        assertThat(text).contains("établie le " + date, "d'après l'audit du 2 décembre 2026", "WCAG 2.1",
                "HTML, CSS et SVG", "aucun JavaScript", "axe-core", "Nu Html Checker", "Chromium",
                "Défenseur des droits", "09 69 39 00 00", "Libre réponse 71120, 75342 Paris CEDEX 07");
        assertThat(statement.select("main a[href=mailto:relaishandicap@uphf.fr]")).hasSize(1);
        assertThat(statement.select(".a11y-contact").text()).contains("Relais handicap");
        assertThat(statement.select("main a[href^=https://formulaire.defenseurdesdroits.fr]")).hasSize(1);
        assertThat(statement.select("main h2").eachText()).containsExactly("État de conformité", "Résultats des tests",
                "Contenus non accessibles", "Établissement de cette déclaration", "Retour d’information et contact",
                "Voies de recours");
        assertThat(statement.select("main h3").eachText()).containsExactly("Non-conformités",
                "Dérogations pour charge disproportionnée", "Contenus non soumis à l’obligation d’accessibilité",
                "Technologies utilisées pour la réalisation du site", "Environnement de test et outils",
                "Pages du site ayant fait l’objet de la vérification");
    }

    @Test
    void theStatementListsEveryCriterionTheGridSaysIsNotMetInPlainWords() throws Exception {
        List<String> notMet = rowsOfTheGrid().stream()
                .filter(row -> row.get(2).equals("non conforme") || row.get(2).equals("à vérifier"))
                .map(row -> row.get(0))
                .toList();
        List<String> listed = page("/accessibilite").select(".a11y-issues li strong").eachText();
        assertThat(listed).containsExactlyElementsOf(notMet.stream().map(id -> "Critère " + id).toList());
        List<String> english = page("/en/accessibility").select(".a11y-issues li strong").eachText();
        assertThat(english).containsExactlyElementsOf(notMet.stream().map(id -> "Criterion " + id).toList());
        assertThat(page("/accessibilite").select(".a11y-issues li")).allSatisfy(item ->
                assertThat(item.text()).doesNotContain("`", "**").hasSizeGreaterThan(40));
    }

    @Test
    void theEnglishStatementGivesTheSameRateAndStatus() throws Exception {
        WrittenAudit audit = WrittenAudit.read();
        Document statement = page("/en/accessibility");
        assertThat(statement.select(".a11y-status").text()).contains("is " + audit.englishLevel() + " with");
        assertThat(statement.select(".a11y-rate").text()).contains(audit.englishRate() + "% of the RGAA 4.1 criteria are met");
        assertThat(statement.select(".a11y-method").text()).contains("internal, tool-assisted audit", "not an external audit");
        assertThat(statement.select(".a11y-sample li").eachText()).contains("Home page: /")
                .anySatisfy(item -> assertThat(item).startsWith("Staff area (one screen of each kind): /admin"));
    }

    @Test
    void theStatementNamesEachPageOfTheSampleOfTheGrid() throws Exception {
        Document statement = page("/accessibilite");
        List<String> sample = statement.select(".a11y-sample code").eachText();
        assertThat(sample).contains("/", "/accessibilite", "/eunice/etudiants", "/connexion", "/admin/comptes",
                "/cette-page-n-existe-pas");
        assertThat(SiteCrawler.normalise(statement.select(".a11y-sample li").first().text())).isEqualTo("Accueil : /");
    }

    /** The rows of the 13 themes' tables, as cells, read from the grid's Markdown as a person would. */
    private static List<List<String>> rowsOfTheGrid() throws Exception {
        return Files.readAllLines(Path.of("docs/accessibilite/rgaa.md")).stream()
                .filter(line -> line.matches("\\| \\d+\\.\\d+ \\|.*") && line.split("\\|").length == 6)
                .map(line -> Arrays.stream(line.split("\\|")).skip(1).map(cell -> cell.replace("*", "").strip()).toList())
                .toList();
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

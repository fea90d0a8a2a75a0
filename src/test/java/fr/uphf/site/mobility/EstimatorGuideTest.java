package fr.uphf.site.mobility;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.uphf.site.support.ApiErrors;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * « Quelles aides pour ma mobilité ? »: its page, without JavaScript, its JSON twin, and the data they share with the
 * published tables.
 */
@SiteTest
class EstimatorGuideTest {

    private static final String PAGE = "/mobilite/estimer-mes-aides";
    private static final String API = "/api/mobilite/aides";
    private static final String GERMANY_STUDIES = "?type=ETUDES&pays=DE&jours=90&niveau=L2&boursier=true&quotient=12000";
    private static final String SPAIN_INTERNSHIP =
            "?type=STAGE&pays=ES&jours=120&niveau=M1&boursier=false&quotient=30000&logeNourri=false&gratificationHebdo=230";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    @Autowired
    GrantCatalogues grantRules;

    @Autowired
    GrantYears grantYears;

    /** An edit made behind JPA's back, as an editor's would be, in the test's single transaction. */
    private void edit(String sql, Object... args) {
        jdbc.update(sql, args);
        entities.clear();
    }

    private Document page(String path) throws Exception {
        return new SiteCrawler(mvc).page(path);
    }

    private static String text(Element element) {
        return SiteCrawler.normalise(element.text());
    }

    /** The text of the row of a grant in the estimate table. */
    private static String row(Document page, String grantName) {
        return page.select("#estimation tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(grantName))
                .map(EstimatorGuideTest::text)
                .findFirst().orElseThrow();
    }

    @Test
    void theEmptyPageAsksAboutTheStayInAGetFormWithoutErrorsOrEstimate() throws Exception {
        Document page = page(PAGE);

        Element form = page.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo(PAGE);
        assertThat(page.select("main h1").text()).isEqualTo("Quelles aides pour ma mobilité ?");
        assertThat(form.select("legend").eachText()).contains("Votre séjour", "Type de séjour", "Dates ou durée du séjour",
                "Votre situation", "Pour un stage uniquement", "Êtes-vous logé et nourri pendant le stage ?");
        for (Element input : form.select("input, select")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
        assertThat(form.select("select[name=pays] option").eachAttr("value")).contains("DE", "US", "JP").doesNotContain("FR");
        assertThat(form.select("select[name=niveau] option")).hasSize(9);
        assertThat(page.select(".field-error, #estimation, script:not([type=application/ld+json])")).isEmpty();
        assertThat(page.select(".breadcrumbs a").eachAttr("href")).containsExactly("/", "/mobilite");
    }

    @Test
    void theEstimateShowsEachGrantItsAmountsItsReasonsTheCombinationsAndTheWarning() throws Exception {
        Document page = page(PAGE + GERMANY_STUDIES);

        Element estimate = page.selectFirst("#estimation");
        assertThat(text(estimate.selectFirst(".guide-warning"))).startsWith("Estimation indicative, pas une décision")
                .contains("2022-2023");
        assertThat(row(page, "Allocation Erasmus+")).isEqualTo("Allocation Erasmus+ Oui 261 € 783 €");
        assertThat(row(page, "Bourse Mermoz")).isEqualTo("Bourse Mermoz Oui 400 € 1 500 €");
        assertThat(row(page, "Aide à la mobilité internationale")).isEqualTo("Aide à la mobilité internationale Oui 400 € 1 200 €");
        assertThat(row(page, "Contribution forfaitaire UPHF")).isEqualTo("Contribution forfaitaire UPHF Oui forfait 500 €");
        assertThat(text(estimate.selectFirst("#aide-ERASMUS"))).contains("Allemagne : pays du groupe 2 du programme Erasmus+.",
                "Pays du groupe 2 : 261 € par mois.");
        assertThat(text(estimate.selectFirst("#aide-MERMOZ"))).contains("dégressive en fonction du quotient familial",
                "Maximum pour les étudiants boursiers sur justificatifs : 300 €.");
        assertThat(text(estimate)).contains("Allocation Erasmus+ et Bourse Mermoz",
                "Allocation Erasmus+ et Aide à la mobilité internationale", "Cumuls à confirmer",
                "Allocation Erasmus+ et Contribution forfaitaire UPHF")
                .doesNotContain("Bourse Mermoz et Aide à la mobilité internationale");
        assertThat(estimate.select("a").eachAttr("href")).contains("/mobilite/aides-financieres");
    }

    @Test
    void theStayIsKeptInTheFormUnderTheEstimate() throws Exception {
        Document page = page(PAGE + SPAIN_INTERNSHIP);

        assertThat(page.select("input[name=type][checked]").val()).isEqualTo("STAGE");
        assertThat(page.select("select[name=pays] option[selected]").val()).isEqualTo("ES");
        assertThat(page.select("input[name=jours]").val()).isEqualTo("120");
        assertThat(page.select("select[name=niveau] option[selected]").val()).isEqualTo("M1");
        assertThat(page.select("input[name=boursier][checked]").val()).isEqualTo("false");
        assertThat(page.select("input[name=quotient]").val()).isEqualTo("30000");
        assertThat(page.select("input[name=logeNourri][checked]").val()).isEqualTo("false");
        assertThat(page.select("input[name=gratificationHebdo]").val()).isEqualTo("230");
        assertThat(row(page, "Allocation Erasmus+")).isEqualTo("Allocation Erasmus+ Oui 411 € 1 644 €");
        assertThat(row(page, "Aide à la mobilité internationale")).isEqualTo("Aide à la mobilité internationale Non aucun aucun");
    }

    @Test
    void theDurationCanBeGivenByTheFirstAndLastDays() throws Exception {
        Document page = page(PAGE + "?type=ETUDES&pays=de&dateDebut=2022-09-01&dateFin=2022-11-29&niveau=L2&boursier=false&quotient=0");

        assertThat(text(page.selectFirst("#aide-ERASMUS"))).contains("Durée de 90 jours (3 mois)");
        assertThat(row(page, "Allocation Erasmus+")).endsWith("783 €");
        assertThat(page.select("input[name=dateDebut]").val()).isEqualTo("2022-09-01");
    }

    @Test
    void amountsAreReadAsPeopleTypeThem() throws Exception {
        String html = mvc.perform(get(PAGE + "?type=ETUDES&pays=DE&jours=90&niveau=L2&boursier=false")
                        .param("quotient", "30 000,01"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(text(page.selectFirst("#aide-MERMOZ"))).contains("il dépasse le plafond de 30 000 €");
        assertThat(page.selectFirst("input[name=quotient]").val()).isEqualTo("30 000,01");
        mvc.perform(get(API + "?type=STAGE&pays=DE&jours=90&niveau=L2&boursier=false&quotient=30000"
                        + "&logeNourri=false&gratificationHebdo=230,01"))
                .andExpect(jsonPath("$.aides[1].eligible").value(false))
                .andExpect(jsonPath("$.aides[1].raisons", hasItem(containsString("frais de voyage"))));
    }

    @Test
    void wrongAnswersAreExplainedInFrenchNextToTheirFieldsAndTheOthersAreKept() throws Exception {
        Document page = page(PAGE + "?type=STAGE&pays=FR&dateDebut=2022-09-10&dateFin=2022-09-01&niveau=M1&quotient=douze");

        assertThat(page.select("#estimation")).isEmpty();
        assertThat(page.selectFirst(".form-error-summary").text()).contains("6 erreurs");
        assertThat(page.selectFirst("#pays-error").text()).contains("pays étranger");
        assertThat(page.selectFirst("#dateFin-error").text()).isEqualTo("Le dernier jour doit être après le premier jour.");
        assertThat(page.selectFirst("#boursier-error").text()).contains("boursier");
        assertThat(page.selectFirst("#quotient-error").text()).contains("montant en euros");
        assertThat(page.selectFirst("#logeNourri-error").text()).contains("logé et nourri");
        assertThat(page.selectFirst("#gratificationHebdo-error").text()).contains("gratification");
        assertThat(page.selectFirst("input[name=quotient]").val()).isEqualTo("douze");
        assertThat(page.selectFirst("input[name=quotient]").attr("aria-describedby")).contains("quotient-error");
        assertThat(page.select("select[name=niveau] option[selected]").val()).isEqualTo("M1");
        assertThat(page.select("input[name=type][checked]").val()).isEqualTo("STAGE");
    }

    @Test
    void theGuideIsReachableFromTheHomePageTheMobilityIndexAndTheFinancialAidPage() throws Exception {
        assertThat(page("/").select("main a").eachAttr("href")).contains(PAGE);
        assertThat(page("/mobilite").select("main a").eachAttr("href")).contains(PAGE);
        assertThat(page("/mobilite/aides-financieres").select("main a").eachAttr("href")).contains(PAGE);
    }

    @Test
    void theApiAnswersGrantByGrantWithTheCombinationsAndTheWarning() throws Exception {
        mvc.perform(get(API + GERMANY_STUDIES))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.aides[*].code").value(contains("ERASMUS", "MERMOZ", "AMI", "UPHF")))
                .andExpect(jsonPath("$.aides[0].eligible").value(true))
                .andExpect(jsonPath("$.aides[0].montantMensuel").value(261.0))
                .andExpect(jsonPath("$.aides[0].montantTotal").value(783.0))
                .andExpect(jsonPath("$.aides[0].raisons", hasItem("Pays du groupe 2 : 261\u202f€ par mois.")))
                .andExpect(jsonPath("$.aides[1].montantTotal").value(1500.0))
                .andExpect(jsonPath("$.aides[3].montantMensuel").value(nullValue()))
                .andExpect(jsonPath("$.aides[3].montantTotal").value(500.0))
                .andExpect(jsonPath("$.cumulsPossibles").value(contains(List.of("ERASMUS", "MERMOZ"), List.of("ERASMUS", "AMI"))))
                .andExpect(jsonPath("$.cumulsAConfirmer", hasSize(3)))
                .andExpect(jsonPath("$.anneeUniversitaire").value("2022-2023"))
                .andExpect(jsonPath("$.avertissement", containsString("pas une décision")));
    }

    @Test
    void theApiSaysWhyAGrantIsNotOpen() throws Exception {
        mvc.perform(get(API + "?type=STAGE&pays=US&jours=84&niveau=L1&boursier=false&quotient=31000&logeNourri=true&gratificationHebdo=0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aides[*].eligible").value(contains(false, false, false, false)))
                .andExpect(jsonPath("$.aides[0].raisons", hasItem(containsString("ne fait pas partie des pays"))))
                .andExpect(jsonPath("$.aides[1].raisons", hasItem(containsString("dépasse le plafond de 30"))))
                .andExpect(jsonPath("$.aides[2].raisons", hasItem("Cette aide est réservée aux boursiers sur critères sociaux.")))
                .andExpect(jsonPath("$.aides[3].raisons", hasItem(containsString("réservée aux niveaux L2, L3, M1, M2"))))
                .andExpect(jsonPath("$.aides[0].montantTotal").value(nullValue()))
                .andExpect(jsonPath("$.cumulsPossibles", empty()));
    }

    @Test
    void theApiIgnoresHousingAndAllowanceForStudies() throws Exception {
        mvc.perform(get(API + "?type=ETUDES&pays=pt&jours=60&niveau=DOCTORAT&boursier=true&quotient=0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aides[0].montantTotal").value(522.0))
                .andExpect(jsonPath("$.aides[2].montantTotal").value(800.0));
    }

    @ParameterizedTest(name = "{0} → 400 sur {1}")
    @CsvSource(delimiter = '|', value = {
            "pays=DE&jours=90&niveau=L2&boursier=true&quotient=0|type|études ou stage",
            "type=VACANCES&pays=DE&jours=90&niveau=L2&boursier=true&quotient=0|type|ETUDES ou STAGE",
            "type=ETUDES&jours=90&niveau=L2&boursier=true&quotient=0|pays|pays de destination",
            "type=ETUDES&pays=XX&jours=90&niveau=L2&boursier=true&quotient=0|pays|ISO 3166-1",
            "type=ETUDES&pays=FRA&jours=90&niveau=L2&boursier=true&quotient=0|pays|ISO 3166-1",
            "type=ETUDES&pays=FR&jours=90&niveau=L2&boursier=true&quotient=0|pays|pays étranger",
            "type=ETUDES&pays=DE&niveau=L2&boursier=true&quotient=0|jours|durée en jours",
            "type=ETUDES&pays=DE&jours=0&niveau=L2&boursier=true&quotient=0|jours|de 1 à 3 650",
            "type=ETUDES&pays=DE&jours=3651&niveau=L2&boursier=true&quotient=0|jours|de 1 à 3 650",
            "type=ETUDES&pays=DE&jours=trois&niveau=L2&boursier=true&quotient=0|jours|nombre entier",
            "type=ETUDES&pays=DE&jours=90&boursier=true&quotient=0|niveau|niveau d’études",
            "type=ETUDES&pays=DE&jours=90&niveau=M3&boursier=true&quotient=0|niveau|INGENIEUR",
            "type=ETUDES&pays=DE&jours=90&niveau=L2&quotient=0|boursier|boursier",
            "type=ETUDES&pays=DE&jours=90&niveau=L2&boursier=true|quotient|quotient familial",
            "type=ETUDES&pays=DE&jours=90&niveau=L2&boursier=true&quotient=-1|quotient|négatif",
            "type=STAGE&pays=DE&jours=90&niveau=L2&boursier=true&quotient=0&gratificationHebdo=0|logeNourri|logé et nourri",
            "type=STAGE&pays=DE&jours=90&niveau=L2&boursier=true&quotient=0&logeNourri=false|gratificationHebdo|0 si le stage",
            "type=STAGE&pays=DE&jours=90&niveau=L2&boursier=true&quotient=0&logeNourri=false&gratificationHebdo=-5"
                    + "|gratificationHebdo|négative",
    })
    void aMissingOrInvalidParameterIsA400ThatSaysWhichAndWhy(String query, String parameter, String message)
            throws Exception {
        mvc.perform(get(API + "?" + query)).andExpect(ApiErrors.oneBadParameter(parameter, message));
    }

    @Test
    @Transactional
    void anEditedAmountChangesBothTheEstimateAndThePublishedTables() throws Exception {
        assertThat(text(page("/mobilite/aides-financieres").selectFirst("main"))).doesNotContain("275 €");

        edit("update grant_amount set amount = 275 where label = 'Pays du groupe 2'"
                + " and grant_id = (select id from mobility_grant where code = 'ERASMUS')");

        mvc.perform(get(API + GERMANY_STUDIES))
                .andExpect(jsonPath("$.aides[0].montantMensuel").value(275.0))
                .andExpect(jsonPath("$.aides[0].montantTotal").value(825.0))
                .andExpect(jsonPath("$.aides[0].raisons", hasItem("Pays du groupe 2 : 275\u202f€ par mois.")));
        assertThat(row(page(PAGE + GERMANY_STUDIES), "Allocation Erasmus+")).isEqualTo("Allocation Erasmus+ Oui 275 € 825 €");
        Document published = page("/mobilite/aides-financieres");
        assertThat(published.select("table tr").stream().map(EstimatorGuideTest::text))
                .contains("Pays du groupe 2 275 € par mois")
                .anyMatch(row -> row.startsWith("Groupe 2 275 € par mois"));
    }

    @Test
    @Transactional
    void publishingAnotherAcademicYearSwitchesBothTheEstimateAndThePublishedTables() throws Exception {
        grantYears.createDraft("2023-2024");
        jdbc.update("update grant_amount set amount = 333 where academic_year = '2023-2024' and label = 'Pays du groupe 2'");
        jdbc.update("update grant_duration set min_days = 90 where rule_id in"
                + " (select id from grant_rule where academic_year = '2023-2024') and min_days = 60 and level is null"
                + " and stay_type is null and max_days = 360");

        assertThat(text(page("/mobilite/aides-financieres").selectFirst("main"))).doesNotContain("333 €");
        mvc.perform(get(API + GERMANY_STUDIES)).andExpect(jsonPath("$.aides[0].montantMensuel").value(261.0));

        grantRules.publish("2023-2024");

        String published = text(page("/mobilite/aides-financieres").selectFirst("main"));
        assertThat(published).contains("333 €", "2023-2024").doesNotContain("261 €");
        mvc.perform(get(API + GERMANY_STUDIES))
                .andExpect(jsonPath("$.anneeUniversitaire").value("2023-2024"))
                .andExpect(jsonPath("$.aides[0].montantMensuel").value(333.0))
                .andExpect(jsonPath("$.avertissement", containsString("2023-2024")));
        mvc.perform(get(API + "?type=ETUDES&pays=DE&jours=89&niveau=L2&boursier=true&quotient=0"))
                .andExpect(jsonPath("$.aides[0].eligible").value(false));
    }
}

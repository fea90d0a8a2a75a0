package fr.uphf.site.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.uphf.site.support.ApiErrors;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** « Où candidater ? »: its page, without JavaScript, and its JSON twin. */
@SiteTest
class OrientationGuideTest {

    private static final String PAGE = "/admission/ou-candidater";
    private static final String API = "/api/admission/orientation";
    private static final String MASTER_ONE = "?diplome=MASTER&annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true";

    @Autowired
    MockMvc mvc;

    private Document page(String path) throws Exception {
        return new SiteCrawler(mvc).page(path);
    }

    @Test
    void theEmptyPageAsksItsQuestionsInAGetFormWithoutErrorsOrAnswer() throws Exception {
        Document page = page(PAGE);

        Element form = page.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo(PAGE);
        assertThat(page.select("main h1").text()).isEqualTo("Où candidater ?");
        assertThat(form.select("fieldset > legend").eachText()).contains("Votre situation aujourd’hui",
                "En alternance (contrat d’apprentissage ou de professionnalisation) ?", "Résidez-vous en France ?");
        for (Element input : form.select("input, select")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
        assertThat(form.select("select[name=diplome] option")).hasSize(10);
        assertThat(form.select("input[name=profil]")).hasSize(4);
        assertThat(page.select(".field-error, #reponse")).isEmpty();
        assertThat(page.select("script:not([type=application/ld+json])")).as("no executable script").isEmpty();
        assertThat(page.select(".breadcrumbs a").eachAttr("href")).containsExactly("/", "/admission");
    }

    @Test
    void theAnswerHasItsOwnAddressAndKeepsTheAnswersInTheForm() throws Exception {
        Document page = page(PAGE + MASTER_ONE);

        Element answer = page.selectFirst("#reponse");
        assertThat(answer.selectFirst("h2").text()).isEqualTo("Où candidater : Mon Master");
        assertThat(answer.text()).contains("Pourquoi ?", "co-accrédités", "Les prochaines étapes", "Contact",
                "Le secrétariat du master visé");
        assertThat(answer.select("ol li")).hasSize(3);
        assertThat(answer.select("a").eachAttr("href")).contains("https://www.monmaster.gouv.fr", "/admission/plateformes");
        assertThat(page.select("select[name=diplome] option[selected]").val()).isEqualTo("MASTER");
        assertThat(page.select("select[name=annee] option[selected]").val()).isEqualTo("1");
        assertThat(page.select("input[name=profil][checked]").val()).isEqualTo("ETUDIANT");
        assertThat(page.select("input[name=apprentissage][checked]").val()).isEqualTo("false");
        assertThat(page.select("input[name=residenceFrance][checked]").val()).isEqualTo("true");
    }

    @Test
    void theMeefAnswerSaysToApplyOnTheUniversiteDeLilleMasters() throws Exception {
        String answer = SiteCrawler.normalise(page(PAGE
                + "?diplome=MEEF&annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true").select("#reponse").text());

        assertThat(answer).contains("Mon Master", "masters MEEF de l'Université de Lille",
                "choisir l'UPHF, en tant que site souhaité pour l'enseignement");
    }

    @Test
    void anAnswerWithoutPlatformSaysWhomToAsk() throws Exception {
        Document page = page(PAGE + "?diplome=INGENIEUR&annee=5&apprentissage=false&profil=ETUDIANT&residenceFrance=true");

        assertThat(page.select("#reponse h2").text()).isEqualTo("Aucune plateforme : adressez-vous à la formation");
        assertThat(page.select("#reponse").text()).contains("secrétariat de la formation");
    }

    @Test
    void theInternationalAnswerGivesTheContactAddress() throws Exception {
        Document page = page(PAGE + "?diplome=LICENCE&annee=2&apprentissage=false&profil=INTERNATIONAL&residenceFrance=false");

        assertThat(page.select("#reponse h2").text()).contains("les procédures des étudiants internationaux");
        assertThat(page.select("#reponse a[href=mailto:international_in@uphf.fr]")).hasSize(1);
    }

    @Test
    void wrongAnswersAreExplainedInFrenchNextToTheirFieldsAndTheOthersAreKept() throws Exception {
        Document page = page(PAGE + "?diplome=LICENCE_PRO&annee=3&apprentissage=peut-etre&profil=ETUDIANT");

        assertThat(page.select("#reponse")).isEmpty();
        assertThat(page.selectFirst(".form-error-summary").text()).contains("3 erreurs");
        assertThat(page.selectFirst("#annee-error").text()).isEqualTo("Cette formation dure 1 an : seule la 1re année est possible.");
        assertThat(page.selectFirst("#apprentissage-error").text()).contains("oui ou non");
        assertThat(page.selectFirst("#residenceFrance-error").text()).isEqualTo("Indiquez si vous résidez en France.");
        assertThat(page.selectFirst("select[name=annee]").attr("aria-describedby")).isEqualTo("annee-error");
        assertThat(page.selectFirst("select[name=annee]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("select[name=diplome] option[selected]").val()).isEqualTo("LICENCE_PRO");
        assertThat(page.select("input[name=profil][checked]").val()).isEqualTo("ETUDIANT");
        assertThat(page.select("#profil-error, #diplome-error")).isEmpty();
    }

    @Test
    void theGuideIsReachableFromTheHomePageTheAdmissionIndexAndThePlatformsPage() throws Exception {
        assertThat(page("/").select("main a").eachAttr("href")).contains(PAGE);
        assertThat(page("/admission").select("main a").eachAttr("href")).contains(PAGE);
        assertThat(page("/admission/plateformes").select("main a").eachAttr("href")).contains(PAGE);
        assertThat(page("/mobilite").select("main a").eachAttr("href")).doesNotContain(PAGE);
    }

    @Test
    void theApiAnswersThePlatformItsReasonItsStepsAndTheContact() throws Exception {
        mvc.perform(get(API + MASTER_ONE))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.plateforme").value("MON_MASTER"))
                .andExpect(jsonPath("$.explication", containsString("Mon Master")))
                .andExpect(jsonPath("$.etapes", hasSize(3)))
                .andExpect(jsonPath("$.contact").value("Le secrétariat du master visé"));
    }

    @Test
    void theApiGivesTheContactAddressWithItsName() throws Exception {
        mvc.perform(get(API + "?diplome=DOCTORAT&annee=1&apprentissage=false&profil=INTERNATIONAL&residenceFrance=false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plateforme").value("ECOLE_DOCTORALE"))
                .andExpect(jsonPath("$.contact", containsString("euraxess@uphf.fr")));
    }

    @Test
    void theApiAnswersNullWhenNoPlatformApplies() throws Exception {
        mvc.perform(get(API + "?diplome=MASTER&annee=2&apprentissage=false&profil=ETUDIANT&residenceFrance=false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plateforme").value(nullValue()))
                .andExpect(jsonPath("$.explication", containsString("secrétariat de la formation")));
    }

    @ParameterizedTest(name = "{0} → 400 sur {1}")
    @CsvSource(delimiter = '|', value = {
            "annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true|diplome|Choisissez la formation visée.",
            "diplome=LICENSE&annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true|diplome|parmi LICENCE",
            "diplome=MASTER&apprentissage=false&profil=ETUDIANT&residenceFrance=true|annee|de 1 à 5",
            "diplome=MASTER&annee=deux&apprentissage=false&profil=ETUDIANT&residenceFrance=true|annee|de 1 à 5",
            "diplome=MASTER&annee=0&apprentissage=false&profil=ETUDIANT&residenceFrance=true|annee|de 1 à 5",
            "diplome=DOCTORAT&annee=6&apprentissage=false&profil=ETUDIANT&residenceFrance=true|annee|de 1 à 5",
            "diplome=MASTER&annee=3&apprentissage=false&profil=ETUDIANT&residenceFrance=true|annee|entre 1 et 2",
            "diplome=MASTER&annee=1&profil=ETUDIANT&residenceFrance=true|apprentissage|alternance",
            "diplome=MASTER&annee=1&apprentissage=peut-etre&profil=ETUDIANT&residenceFrance=true|apprentissage|true ou false",
            "diplome=MASTER&annee=1&apprentissage=false&residenceFrance=true|profil|Indiquez votre situation.",
            "diplome=MASTER&annee=1&apprentissage=false&profil=SALARIE&residenceFrance=true|profil|REPRISE_ETUDES",
            "diplome=MASTER&annee=1&apprentissage=false&profil=ETUDIANT|residenceFrance|résidez en France",
    })
    void aMissingOrInvalidParameterIsA400ThatSaysWhichAndWhy(String query, String parameter, String message)
            throws Exception {
        mvc.perform(get(API + "?" + query)).andExpect(ApiErrors.oneBadParameter(parameter, message));
    }

    @Test
    void everyWrongParameterIsListedOnce() throws Exception {
        mvc.perform(get(API))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreurs", hasSize(5)))
                .andExpect(jsonPath("$.message", containsString("Paramètres manquants ou invalides.")));
    }
}

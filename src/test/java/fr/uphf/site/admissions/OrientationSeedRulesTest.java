package fr.uphf.site.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import fr.uphf.site.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every rule of « Où candidater ? » from the seed (lines 1–43 and 786), on the rules that V8 stores in PostgreSQL.
 * NONE: no platform applies and the answer sends the candidate to the programme's office.
 */
@SiteTest
class OrientationSeedRulesTest {

    @Autowired
    OrientationService orientation;

    @Autowired
    JdbcTemplate jdbc;

    private OrientationAnswer orient(Programme programme, int year, boolean apprenticeship, ApplicantProfile profile,
            boolean livesInFrance) {
        return orientation.orient(new OrientationQuestion(programme, year, apprenticeship, profile, livesInFrance));
    }

    private static String route(OrientationAnswer answer) {
        return answer.route() == null ? "NONE" : answer.route().name();
    }

    @ParameterizedTest(name = "{3} {0} {1}, alternance {2}, réside en France {4} → {5}")
    @CsvSource({
            // Parcoursup: 1st year after the bac, for the bachelor and the student who changes course (seed 2–4, 26–29)
            "LICENCE, 1, false, LYCEEN, true, PARCOURSUP",
            "BUT, 1, false, LYCEEN, true, PARCOURSUP",
            "DEUST, 1, false, LYCEEN, false, PARCOURSUP",
            "INGENIEUR, 1, false, LYCEEN, true, PARCOURSUP",
            "BUT, 1, true, LYCEEN, true, PARCOURSUP",
            "LICENCE, 1, false, ETUDIANT, true, PARCOURSUP",
            "BUT, 1, false, ETUDIANT, false, PARCOURSUP",
            "LICENCE, 1, false, INTERNATIONAL, true, PARCOURSUP",
            // Mon Master: master 1 (seed 6–7), MEEF through the Université de Lille (seed 11)
            "MASTER, 1, false, ETUDIANT, true, MON_MASTER",
            "MASTER, 1, false, ETUDIANT, false, MON_MASTER",
            "MASTER, 1, true, ETUDIANT, true, MON_MASTER",
            "MEEF, 1, false, ETUDIANT, true, MON_MASTER",
            "MEEF, 2, false, ETUDIANT, true, NONE",
            // eCandidat: residents in France, for the programmes of seed 13–17
            "DEUST, 2, false, ETUDIANT, true, ECANDIDAT",
            "BUT, 2, false, ETUDIANT, true, ECANDIDAT",
            "BUT, 3, false, ETUDIANT, true, ECANDIDAT",
            "LICENCE, 2, false, ETUDIANT, true, ECANDIDAT",
            "LICENCE, 3, false, INTERNATIONAL, true, ECANDIDAT",
            "LICENCE_PRO, 1, false, ETUDIANT, true, ECANDIDAT",
            "MASTER, 2, false, ETUDIANT, true, ECANDIDAT",
            "INGENIEUR, 4, false, ETUDIANT, true, ECANDIDAT",
            "INGENIEUR, 3, true, ETUDIANT, true, ECANDIDAT",
            "INGENIEUR, 4, true, ETUDIANT, true, ECANDIDAT",
            "PREPA_CONCOURS, 1, false, ETUDIANT, true, ECANDIDAT",
            // ... and not for those who do not live in France
            "DEUST, 2, false, ETUDIANT, false, NONE",
            "LICENCE, 3, false, ETUDIANT, false, NONE",
            "MASTER, 2, false, ETUDIANT, false, NONE",
            "LICENCE_PRO, 1, false, ETUDIANT, false, NONE",
            // engineering years the seed does not list
            "INGENIEUR, 2, false, ETUDIANT, true, NONE",
            "INGENIEUR, 3, false, ETUDIANT, true, NONE",
            "INGENIEUR, 5, false, ETUDIANT, true, NONE",
            // alternance: application on eCandidat (seed 786), wherever one lives
            "LICENCE, 3, true, ETUDIANT, true, ECANDIDAT",
            "MASTER, 2, true, ETUDIANT, false, ECANDIDAT",
            // foreign students: exchange programme or individual application (seed 30)
            "LICENCE, 1, false, INTERNATIONAL, false, INTERNATIONAL",
            "MASTER, 1, false, INTERNATIONAL, false, INTERNATIONAL",
            "BUT, 2, true, INTERNATIONAL, false, INTERNATIONAL",
            // doctorate: the doctoral school (seed 31, 40)
            "DOCTORAT, 1, false, ETUDIANT, true, ECOLE_DOCTORALE",
            "DOCTORAT, 2, false, INTERNATIONAL, false, ECOLE_DOCTORALE",
            "DOCTORAT, 1, false, REPRISE_ETUDES, true, ECOLE_DOCTORALE",
            // returning to studies: Service Apprentissage et Formation Continue (seed 32)
            "MASTER, 2, false, REPRISE_ETUDES, true, FORMATION_CONTINUE",
            "LICENCE, 1, false, REPRISE_ETUDES, true, FORMATION_CONTINUE",
            "LICENCE_PRO, 1, true, REPRISE_ETUDES, false, FORMATION_CONTINUE",
            // a secondary-school pupil aims for a 1st year
            "MASTER, 1, false, LYCEEN, true, NONE",
            "LICENCE, 2, false, LYCEEN, true, NONE"
    })
    void eachSituationGetsTheRouteOfTheSeed(Programme programme, int year, boolean apprenticeship,
            ApplicantProfile profile, boolean livesInFrance, String expected) {
        OrientationAnswer answer = orient(programme, year, apprenticeship, profile, livesInFrance);

        assertThat(route(answer)).isEqualTo(expected);
        assertThat(answer.explanation().text()).isNotBlank();
        assertThat(answer.steps()).isNotEmpty();
        assertThat(answer.contact().text()).isNotBlank();
    }

    @Test
    void meefMastersAreAppliedForOnTheUniversiteDeLilleMeefMasters() {
        OrientationAnswer first = orient(Programme.MEEF, 1, false, ApplicantProfile.ETUDIANT, true);
        assertThat(first.explanation().text()).contains("masters MEEF de l’Université de Lille", "choisir l’UPHF",
                "site souhaité pour l’enseignement");
        assertThat(first.steps()).anyMatch(step -> step.text().contains("Université de Lille"));

        assertThat(orient(Programme.MEEF, 2, false, ApplicantProfile.ETUDIANT, true).explanation().text())
                .contains("Université de Lille", "UPHF comme site souhaité");
    }

    @Test
    void masterOneExplainsTheCoAccreditedMastersOfUphfAndInsa() {
        OrientationAnswer answer = orient(Programme.MASTER, 1, false, ApplicantProfile.ETUDIANT, true);

        assertThat(answer.explanation().text()).contains("co-accrédités", "INSA Hauts-de-France", "« Je candidate »",
                "vignette du master de l’autre établissement");
        assertThat(answer.platforms()).extracting(ApplicationPlatform::getCode).containsExactly("MON_MASTER");
        assertThat(answer.platforms().get(0).getUrl()).isEqualTo("https://www.monmaster.gouv.fr");
    }

    @Test
    void daeuAndCapaciteEnDroitOpenParcoursupForTheFirstYearOfLawOnly() {
        assertThat(orient(Programme.LICENCE, 1, false, ApplicantProfile.LYCEEN, true).explanation().text())
                .contains("DAEU", "Capacité en droit", "licence 1ère année de droit uniquement");
        OrientationAnswer returning = orient(Programme.LICENCE, 1, false, ApplicantProfile.REPRISE_ETUDES, true);
        assertThat(returning.explanation().text()).contains("DAEU", "Capacité en droit", "Parcoursup");
        assertThat(returning.steps()).anyMatch(step -> step.text().contains("Parcoursup"));
    }

    @Test
    void changingCourseInFirstYearIsSaidToGoThroughParcoursup() {
        assertThat(orient(Programme.LICENCE, 1, false, ApplicantProfile.ETUDIANT, true).explanation().text())
                .contains("réorienter", "d’une autre université");
    }

    @Test
    void alternanceGivesTheFourStepsOfTheSeed() {
        OrientationAnswer answer = orient(Programme.LICENCE, 3, true, ApplicantProfile.ETUDIANT, true);

        assertThat(answer.steps()).hasSize(4);
        assertThat(answer.steps().get(0).text()).contains("contrat d’apprentissage ou en contrat de professionnalisation");
        assertThat(answer.steps().get(1).text()).contains("eCandidat");
        assertThat(answer.steps().get(2).text()).contains("Prospecter auprès des entreprises");
    }

    @Test
    void eachRouteNamesItsContact() {
        assertThat(orient(Programme.MASTER, 1, false, ApplicantProfile.INTERNATIONAL, false).contactLine(" :"))
                .contains("Pôle de relations internationales", "international_in@uphf.fr");
        assertThat(orient(Programme.DOCTORAT, 1, false, ApplicantProfile.INTERNATIONAL, false).contactLine(" :"))
                .contains("EURAXESS", "euraxess@uphf.fr");
        assertThat(orient(Programme.DOCTORAT, 1, false, ApplicantProfile.ETUDIANT, true).contactLine(" :"))
                .contains("École doctorale");
        assertThat(orient(Programme.MASTER, 2, false, ApplicantProfile.REPRISE_ETUDES, true).contactLine(" :"))
                .contains("Service Apprentissage et Formation Continue");
        assertThat(orient(Programme.INGENIEUR, 3, false, ApplicantProfile.ETUDIANT, true).contactLine(" :"))
                .contains("secrétariat de la formation");
    }

    @Test
    void theInternationalRouteShowsBothInternationalPlatforms() {
        assertThat(orient(Programme.LICENCE, 2, false, ApplicantProfile.INTERNATIONAL, false).platforms())
                .extracting(ApplicationPlatform::getCode)
                .containsExactly("ETRANGER_PARTENAIRE", "ETRANGER_INDIVIDUEL");
    }

    @Test
    void theCatchAllRuleSendsToTheProgrammeOffice() {
        OrientationAnswer answer = orient(Programme.INGENIEUR, 5, false, ApplicantProfile.ETUDIANT, true);

        assertThat(answer.route()).isNull();
        assertThat(answer.explanation().text()).contains("secrétariat de la formation");
        assertThat(answer.platforms()).isEmpty();
    }

    @Test
    @Transactional
    void withoutAnyMatchingRuleTheAnswerIsStillHonest() {
        jdbc.update("delete from orientation_rule where programmes is null and profile is null and lives_in_france is null"
                + " and apprenticeship is null");

        OrientationAnswer answer = orient(Programme.INGENIEUR, 5, false, ApplicantProfile.ETUDIANT, true);

        assertThat(answer.route()).isNull();
        assertThat(answer.explanation().text()).contains("aucun cas général");
        assertThat(answer.contact().text()).contains("secrétariat de la formation");
    }

    @Test
    @Transactional
    void anEditedRuleChangesTheAnswer() {
        jdbc.update("update orientation_rule set explanation = 'Texte modifié par la scolarité' where name = 'Master 1re année'");

        assertThat(orient(Programme.MASTER, 1, false, ApplicantProfile.ETUDIANT, true).explanation().text())
                .isEqualTo("Texte modifié par la scolarité");
    }
}

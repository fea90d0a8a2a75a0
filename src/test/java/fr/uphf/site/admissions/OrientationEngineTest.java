package fr.uphf.site.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.uphf.site.translation.Localized;
import org.junit.jupiter.api.Test;

/**
 * The mechanics of the orientation rules, on rules made for the test: the seeded rules are checked in
 * OrientationSeedRulesTest.
 */
class OrientationEngineTest {

    private static OrientationRule rule(int sortOrder, String name, OrientationMatch match) {
        return new OrientationRule(sortOrder, name, match, ApplicationRoute.ECANDIDAT, "Pourquoi", "Étape", "Contact", null);
    }

    private static OrientationQuestion question(Programme programme, int year) {
        return new OrientationQuestion(programme, year, false, ApplicantProfile.ETUDIANT, true);
    }

    private static Optional<String> winner(List<OrientationRule> rules, OrientationQuestion question) {
        return OrientationEngine.firstMatch(rules, question).map(OrientationRule::getName);
    }

    @Test
    void theFirstMatchingRuleInSortOrderWinsWhateverTheOrderOfTheList() {
        OrientationRule catchAll = rule(1000, "tous", OrientationMatch.ANY);
        OrientationRule master = rule(10, "master", new OrientationMatch(Set.of(Programme.MASTER), null, null, null, null, null));
        OrientationQuestion m2 = question(Programme.MASTER, 2);

        assertThat(winner(List.of(catchAll, master), m2)).contains("master");
        assertThat(winner(List.of(master, catchAll), m2)).contains("master");
        assertThat(winner(List.of(master, catchAll), question(Programme.LICENCE, 2))).contains("tous");
    }

    @Test
    void rulesWithTheSameSortOrderKeepTheirOrder() {
        OrientationRule first = rule(10, "premier", OrientationMatch.ANY);
        OrientationRule second = rule(10, "second", OrientationMatch.ANY);

        assertThat(winner(List.of(first, second), question(Programme.BUT, 1))).contains("premier");
    }

    @Test
    void theYearRangeIncludesBothEnds() {
        OrientationMatch secondOrThird = new OrientationMatch(Set.of(Programme.LICENCE, Programme.BUT), 2, 3, null, null, null);

        assertThat(secondOrThird.matches(question(Programme.LICENCE, 1))).isFalse();
        assertThat(secondOrThird.matches(question(Programme.LICENCE, 2))).isTrue();
        assertThat(secondOrThird.matches(question(Programme.BUT, 3))).isTrue();
        assertThat(secondOrThird.matches(question(Programme.BUT, 4))).isFalse();
        assertThat(secondOrThird.matches(question(Programme.DEUST, 2))).isFalse();
    }

    @Test
    void eachSetConditionMustHoldAndAnUnsetOneAcceptsEverything() {
        OrientationMatch apprenticeResidentStudent = new OrientationMatch(Set.of(), null, null, true,
                ApplicantProfile.ETUDIANT, true);

        assertThat(apprenticeResidentStudent.matches(
                new OrientationQuestion(Programme.INGENIEUR, 5, true, ApplicantProfile.ETUDIANT, true))).isTrue();
        assertThat(apprenticeResidentStudent.matches(
                new OrientationQuestion(Programme.INGENIEUR, 5, false, ApplicantProfile.ETUDIANT, true))).isFalse();
        assertThat(apprenticeResidentStudent.matches(
                new OrientationQuestion(Programme.INGENIEUR, 5, true, ApplicantProfile.LYCEEN, true))).isFalse();
        assertThat(apprenticeResidentStudent.matches(
                new OrientationQuestion(Programme.INGENIEUR, 5, true, ApplicantProfile.ETUDIANT, false))).isFalse();
        assertThat(OrientationMatch.ANY.matches(
                new OrientationQuestion(Programme.DOCTORAT, 3, true, ApplicantProfile.REPRISE_ETUDES, false))).isTrue();
    }

    @Test
    void noRuleMatchingGivesNoAnswer() {
        OrientationRule doctorate = rule(10, "doctorat", new OrientationMatch(Set.of(Programme.DOCTORAT), null, null, null, null, null));

        assertThat(winner(List.of(doctorate), question(Programme.MASTER, 1))).isEmpty();
        assertThat(winner(List.of(), question(Programme.MASTER, 1))).isEmpty();
    }

    @Test
    void aRuleKeepsItsConditionsAndGivesItsStepsOnePerLine() {
        OrientationMatch match = new OrientationMatch(Set.of(Programme.MEEF, Programme.MASTER), 1, 1, false,
                ApplicantProfile.INTERNATIONAL, false);
        OrientationRule rule = new OrientationRule(5, "règle", match, null, "Pourquoi",
                "Première étape\n\n  Deuxième étape  \n", "Contact", null);

        assertThat(rule.match()).isEqualTo(match);
        assertThat(OrientationRule.lines(new Localized(rule.getSteps(), false))).extracting(Localized::text)
                .containsExactly("Première étape", "Deuxième étape");
        assertThat(rule.getRoute()).isNull();
    }
}

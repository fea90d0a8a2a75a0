package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import fr.uphf.site.mobility.Estimate.GrantEstimate;
import fr.uphf.site.mobility.Estimate.Reason;
import fr.uphf.site.mobility.GrantAmount.Purpose;
import fr.uphf.site.mobility.GrantAmount.Unit;
import fr.uphf.site.mobility.GrantCatalogue.Amount;
import fr.uphf.site.mobility.GrantCatalogue.Combination;
import fr.uphf.site.mobility.GrantCatalogue.DurationLimit;
import fr.uphf.site.mobility.GrantCatalogue.GrantTerms;
import fr.uphf.site.mobility.GrantCombination.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The mechanics of the estimator, on rules made for the test: the seeded rules are checked in GrantSeedRulesTest. */
class GrantEstimatorTest {

    private static final EnumSet<StudyLevel> ALL_LEVELS = EnumSet.allOf(StudyLevel.class);

    private static GrantTerms terms(String code, List<DurationLimit> durations, List<Amount> amounts) {
        return new GrantTerms(code, "Aide " + code, ALL_LEVELS, false, null, false, false, false, false, null, durations, amounts);
    }

    private static Amount amount(String amount, Unit unit, Integer group, Purpose purpose) {
        return new Amount(purpose.name(), new BigDecimal(amount), unit, group, purpose);
    }

    private static Stay stay(StayType type, int days, StudyLevel level, boolean boursier) {
        return new Stay(type, "DE", "Allemagne", days, level, boursier, new BigDecimal("10000"), false, BigDecimal.ZERO);
    }

    private static GrantEstimate only(GrantCatalogue rules, Stay stay) {
        return GrantEstimator.estimate(rules, stay).grants().get(0);
    }

    private static List<String> codes(GrantEstimate grant) {
        return grant.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void theMostSpecificDurationLimitApplies() {
        GrantTerms grant = terms("A", List.of(
                new DurationLimit(null, null, 60, 360, false),
                new DurationLimit(StayType.STAGE, null, 84, 182, false),
                new DurationLimit(StayType.STAGE, StudyLevel.IUT, 42, 182, false)),
                List.of(amount("100", Unit.MOIS, null, Purpose.BASE)));
        GrantCatalogue rules = new GrantCatalogue("2030-2031", List.of(grant), Map.of(), List.of());

        assertThat(only(rules, stay(StayType.ETUDES, 60, StudyLevel.L2, false)).eligible()).isTrue();
        assertThat(only(rules, stay(StayType.STAGE, 60, StudyLevel.L2, false)).eligible()).isFalse();
        assertThat(only(rules, stay(StayType.STAGE, 42, StudyLevel.IUT, false)).eligible()).isTrue();
        assertThat(only(rules, stay(StayType.STAGE, 41, StudyLevel.IUT, false)).eligible()).isFalse();
    }

    @Test
    void aKindOfStayWithoutDurationLimitIsNotCovered() {
        GrantTerms studiesOnly = terms("A", List.of(new DurationLimit(StayType.ETUDES, null, 1, 100, false)),
                List.of(amount("100", Unit.MOIS, null, Purpose.BASE)));
        GrantEstimate internship = only(new GrantCatalogue("2030-2031", List.of(studiesOnly), Map.of(), List.of()),
                stay(StayType.STAGE, 50, StudyLevel.M1, false));

        assertThat(internship.eligible()).isFalse();
        assertThat(codes(internship)).contains("stayType.excluded");
        assertThat(internship.total()).isNull();
    }

    @Test
    void theTotalIsTheMonthlyAmountTimesTheDaysOverThirtyPlusTheFlatAmounts() {
        GrantTerms grant = terms("A", List.of(new DurationLimit(null, null, 1, 1000, false)), List.of(
                amount("261", Unit.MOIS, 2, Purpose.BASE),
                amount("312", Unit.MOIS, 1, Purpose.BASE),
                amount("150", Unit.MOIS, null, Purpose.SUPPLEMENT_STAGE),
                amount("300", Unit.FORFAIT, null, Purpose.SUPPLEMENT_BOURSIER),
                amount("92.40", Unit.SEMAINE, null, Purpose.INDICATIF)));
        GrantCatalogue rules = new GrantCatalogue("2030-2031", List.of(grant), Map.of("DE", 2), List.of());

        GrantEstimate studies = only(rules, stay(StayType.ETUDES, 100, StudyLevel.L3, false));
        assertThat(studies.monthly()).isEqualByComparingTo("261");
        assertThat(studies.total()).isEqualByComparingTo("870");

        GrantEstimate internship = only(rules, stay(StayType.STAGE, 100, StudyLevel.L3, true));
        assertThat(internship.monthly()).isEqualByComparingTo("411");
        assertThat(internship.total()).isEqualByComparingTo("1670");
    }

    @Test
    void aFlatGrantHasATotalButNoMonthlyAmount() {
        GrantTerms flat = terms("A", List.of(new DurationLimit(null, null, 56, 182, false)),
                List.of(amount("500", Unit.FORFAIT, null, Purpose.BASE)));
        GrantEstimate estimate = only(new GrantCatalogue("2030-2031", List.of(flat), Map.of(), List.of()),
                stay(StayType.ETUDES, 90, StudyLevel.M2, false));

        assertThat(estimate.monthly()).isNull();
        assertThat(estimate.total()).isEqualByComparingTo("500");
        assertThat(codes(estimate)).contains("amount.flat", "amount.totalFlat");
    }

    @Test
    void everyFailedConditionIsGivenAsAReason() {
        GrantTerms strict = new GrantTerms("A", "Aide A", EnumSet.of(StudyLevel.M1), true, new BigDecimal("5000"), true, false,
                false, false, null, List.of(new DurationLimit(null, null, 60, 90, false)),
                List.of(amount("100", Unit.MOIS, null, Purpose.BASE)));
        GrantEstimate estimate = only(new GrantCatalogue("2030-2031", List.of(strict), Map.of(), List.of()),
                stay(StayType.ETUDES, 91, StudyLevel.L1, false));

        assertThat(estimate.eligible()).isFalse();
        assertThat(codes(estimate)).containsExactly("level.excluded", "boursier.required", "quotient.over",
                "country.notErasmus", "duration.tooLong");
        assertThat(estimate.monthly()).isNull();
        assertThat(estimate.total()).isNull();
    }

    @Test
    void aCeilingIsSaidToBeOne() {
        GrantTerms ceiling = new GrantTerms("A", "Aide A", ALL_LEVELS, false, null, false, true, false, false, null,
                List.of(new DurationLimit(null, null, 1, 100, false)), List.of(amount("400", Unit.MOIS, null, Purpose.BASE)));
        GrantEstimate estimate = only(new GrantCatalogue("2030-2031", List.of(ceiling), Map.of(), List.of()),
                stay(StayType.ETUDES, 30, StudyLevel.L2, false));

        assertThat(codes(estimate)).endsWith("amount.ceiling");
        assertThat(estimate.total()).isEqualByComparingTo("400");
    }

    @Test
    void onlyEligibleGrantsArePairedAndAnUnstatedPairIsToBeConfirmed() {
        DurationLimit any = new DurationLimit(null, null, 1, 1000, false);
        List<Amount> amounts = List.of(amount("10", Unit.MOIS, null, Purpose.BASE));
        GrantTerms boursiersOnly = new GrantTerms("C", "Aide C", ALL_LEVELS, true, null, false, false, false, false, null,
                List.of(any), amounts);
        GrantCatalogue rules = new GrantCatalogue("2030-2031",
                List.of(terms("A", List.of(any), amounts), terms("B", List.of(any), amounts), boursiersOnly,
                        terms("D", List.of(any), amounts)),
                Map.of(),
                List.of(new Combination("B", "A", Status.CUMULABLE), new Combination("A", "C", Status.CUMULABLE),
                        new Combination("B", "D", Status.NON_CUMULABLE)));

        Estimate notBoursier = GrantEstimator.estimate(rules, stay(StayType.ETUDES, 30, StudyLevel.L2, false));
        assertThat(notBoursier.combinable()).containsExactly(List.of("A", "B"));
        assertThat(notBoursier.toConfirm()).containsExactly(List.of("A", "D"));

        Estimate boursier = GrantEstimator.estimate(rules, stay(StayType.ETUDES, 30, StudyLevel.L2, true));
        assertThat(boursier.combinable()).containsExactly(List.of("A", "B"), List.of("A", "C"));
        assertThat(boursier.toConfirm()).containsExactly(List.of("A", "D"), List.of("B", "C"), List.of("C", "D"));
    }

    @Test
    void withoutPublishedRulesThereIsNothingToEstimate() {
        Estimate estimate = GrantEstimator.estimate(GrantCatalogue.none(), stay(StayType.ETUDES, 30, StudyLevel.L2, true));

        assertThat(estimate.grants()).isEmpty();
        assertThat(estimate.academicYear()).isNull();
    }
}

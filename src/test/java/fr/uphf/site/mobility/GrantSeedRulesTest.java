package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.List;

import fr.uphf.site.mobility.Estimate.GrantEstimate;
import fr.uphf.site.mobility.Estimate.Reason;
import fr.uphf.site.support.SiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the grants from the seed (lines 546, 623–680), boundaries included, applied by the pure estimator to
 * the rules that V8 stores in PostgreSQL (read once).
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantSeedRulesTest {

    @Autowired
    GrantCatalogues service;

    private GrantCatalogue rules;

    @BeforeAll
    void readTheSeededRules() {
        rules = service.published();
    }

    /** A stay in Germany (group 2), not housed, no allowance, a quotient of 10 000 €. */
    private static Stay stay(StayType type, int days, StudyLevel level, boolean boursier) {
        return new Stay(type, "DE", "Allemagne", days, level, boursier, new BigDecimal("10000"), false, BigDecimal.ZERO);
    }

    private static Stay to(String country, StayType type, int days) {
        return new Stay(type, country, country, days, StudyLevel.L3, false, new BigDecimal("10000"), false, BigDecimal.ZERO);
    }

    private static Stay internship(int days, StudyLevel level, boolean boursier, boolean housed, String weeklyAllowance) {
        return new Stay(StayType.STAGE, "DE", "Allemagne", days, level, boursier, new BigDecimal("10000"), housed,
                new BigDecimal(weeklyAllowance));
    }

    private static Stay withQuotient(String quotient) {
        return new Stay(StayType.ETUDES, "DE", "Allemagne", 90, StudyLevel.L2, false, new BigDecimal(quotient), false,
                BigDecimal.ZERO);
    }

    private GrantEstimate grant(String code, Stay stay) {
        return GrantEstimator.estimate(rules, stay).grants().stream()
                .filter(grant -> grant.code().equals(code)).findFirst().orElseThrow();
    }

    private boolean eligible(String code, Stay stay) {
        return grant(code, stay).eligible();
    }

    private static List<String> reasons(GrantEstimate grant) {
        return grant.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void theSeededYearHasTheFourGrantsInTheirPublishedOrder() {
        assertThat(rules.academicYear()).isEqualTo("2022-2023");
        assertThat(rules.grants()).extracting(GrantCatalogue.GrantTerms::code).containsExactly("ERASMUS", "MERMOZ", "AMI", "UPHF");
        assertThat(rules.erasmusGroups()).hasSize(32).containsEntry("NO", 1).containsEntry("DE", 2).containsEntry("PL", 3);
    }

    // Erasmus+ ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "Erasmus+ {0} {1} jours, {2} → {3}")
    @CsvSource({
            "ETUDES, 59, L3, false", "ETUDES, 60, L3, true", "STAGE, 59, M1, false", "STAGE, 60, M1, true",
            "ETUDES, 360, L3, true", "ETUDES, 361, L3, false",
            "ETUDES, 720, INGENIEUR, true", "ETUDES, 721, INGENIEUR, false", "STAGE, 400, INGENIEUR, true",
            "ETUDES, 60, L1, true", "ETUDES, 60, DOCTORAT, true", "STAGE, 60, IUT, true"
    })
    void erasmusAsksSixtyDaysAndTwelveMonthsPerCycleOrTwentyFourForEngineers(StayType type, int days,
            StudyLevel level, boolean expected) {
        assertThat(eligible("ERASMUS", stay(type, days, level, false))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Erasmus+ {0} {1} : {2} € par mois")
    @CsvSource({
            "NO, ETUDES, 312", "IS, ETUDES, 312", "LI, ETUDES, 312",
            "DE, ETUDES, 261", "PT, ETUDES, 261",
            "PL, ETUDES, 210", "TR, ETUDES, 210", "MK, ETUDES, 210",
            "NO, STAGE, 462", "DE, STAGE, 411", "PL, STAGE, 360"
    })
    void erasmusPaysByCountryGroupPlusOneHundredFiftyEurosForAnInternship(String country, StayType type,
            String monthly) {
        GrantEstimate erasmus = grant("ERASMUS", to(country, type, 90));

        assertThat(erasmus.eligible()).isTrue();
        assertThat(erasmus.monthly()).isEqualByComparingTo(monthly);
        assertThat(erasmus.total()).isEqualByComparingTo(new BigDecimal(monthly).multiply(BigDecimal.valueOf(3)));
    }

    @ParameterizedTest(name = "Erasmus+ vers {0} : non")
    @CsvSource({"US", "RS", "CH", "JP"})
    void countriesOutsideTheThreeErasmusGroupsAreNotEligible(String country) {
        GrantEstimate erasmus = grant("ERASMUS", to(country, StayType.ETUDES, 90));

        assertThat(erasmus.eligible()).isFalse();
        assertThat(reasons(erasmus)).contains("country.notErasmus");
        assertThat(erasmus.monthly()).isNull();
    }

    @Test
    void aMonthCountsThirtyDays() {
        assertThat(grant("ERASMUS", to("DE", StayType.ETUDES, 100)).total()).isEqualByComparingTo("870");
        assertThat(grant("ERASMUS", to("DE", StayType.ETUDES, 106)).total()).isEqualByComparingTo("922.20");
        assertThat(grant("AMI", stay(StayType.ETUDES, 75, StudyLevel.L2, true)).total()).isEqualByComparingTo("1000");
    }

    @Test
    void erasmusRecallsThatItsMaximumCountsForTheWholeCycle() {
        assertThat(reasons(grant("ERASMUS", to("DE", StayType.ETUDES, 90)))).contains("duration.perCycle");
        assertThat(reasons(grant("ERASMUS", stay(StayType.ETUDES, 361, StudyLevel.M2, false))))
                .contains("duration.tooLongForCycle");
    }

    // Mermoz ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "Mermoz niveau {0} → {1}")
    @CsvSource({"L1, false", "L2, true", "L3, true", "M1, true", "M2, true", "DOCTORAT, false", "IUT, true",
            "INGENIEUR, true"})
    void mermozIsForLevelsL2ToM2(StudyLevel level, boolean expected) {
        assertThat(eligible("MERMOZ", stay(StayType.ETUDES, 90, level, false))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Mermoz quotient {0} € → {1}")
    @CsvSource({"0, true", "29999.99, true", "30000, true", "30000.01, false", "45000, false"})
    void mermozAsksAFamilyQuotientOfAtMostThirtyThousandEuros(String quotient, boolean expected) {
        GrantEstimate mermoz = grant("MERMOZ", withQuotient(quotient));

        assertThat(mermoz.eligible()).isEqualTo(expected);
        assertThat(reasons(mermoz)).contains(expected ? "quotient.ok" : "quotient.over");
    }

    @ParameterizedTest(name = "Mermoz études {0} jours → {1}")
    @CsvSource({"27, false", "28, true", "182, true", "183, false"})
    void mermozStudiesLastFourToTwentySixWeeks(int days, boolean expected) {
        assertThat(eligible("MERMOZ", stay(StayType.ETUDES, days, StudyLevel.L3, false))).isEqualTo(expected);
        assertThat(eligible("MERMOZ", stay(StayType.ETUDES, days, StudyLevel.IUT, false))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Mermoz stage {1} {0} jours → {2}")
    @CsvSource({
            "83, M1, false", "84, M1, true", "182, M1, true", "183, M1, false", "84, L2, true", "84, INGENIEUR, true",
            "41, IUT, false", "42, IUT, true", "83, IUT, true", "182, IUT, true", "183, IUT, false"
    })
    void mermozInternshipsLastTwelveToTwentySixWeeksOrSixWeeksForIut(int days, StudyLevel level, boolean expected) {
        assertThat(eligible("MERMOZ", internship(days, level, false, false, "0"))).isEqualTo(expected);
    }

    @Test
    void mermozGivesItsMaximumsAndSaysTheyAreCeilings() {
        GrantEstimate notBoursier = grant("MERMOZ", stay(StayType.ETUDES, 90, StudyLevel.L2, false));
        assertThat(notBoursier.monthly()).isEqualByComparingTo("400");
        assertThat(notBoursier.total()).isEqualByComparingTo("1200");
        assertThat(reasons(notBoursier)).contains("amount.ceiling", "taxNotice");

        GrantEstimate boursier = grant("MERMOZ", stay(StayType.ETUDES, 90, StudyLevel.L2, true));
        assertThat(boursier.monthly()).isEqualByComparingTo("400");
        assertThat(boursier.total()).isEqualByComparingTo("1500");
    }

    @ParameterizedTest(name = "Mermoz stage logé {0}, {1} €/semaine, boursier {2} → éligible {3}, voyage seul {4}")
    @CsvSource({
            "false, 0, false, true, false",
            "false, 230, false, true, false",
            "false, 230.01, false, false, true",
            "false, 230.01, true, true, true",
            "true, 0, false, false, true",
            "true, 0, true, true, true"
    })
    void housedAndFedOrPaidMoreThan230EurosAWeekLeavesOnlyTheTravelContributionForBoursiers(boolean housed,
            String weeklyAllowance, boolean boursier, boolean eligible, boolean travelOnly) {
        GrantEstimate mermoz = grant("MERMOZ", internship(120, StudyLevel.M1, boursier, housed, weeklyAllowance));

        assertThat(mermoz.eligible()).isEqualTo(eligible);
        assertThat(reasons(mermoz).stream().anyMatch(code -> code.startsWith("travelOnly"))).isEqualTo(travelOnly);
        if (travelOnly) {
            assertThat(mermoz.monthly()).isNull();
            assertThat(mermoz.total()).isNull();
        }
    }

    @Test
    void housingAndAllowanceDoNotMatterForStudies() {
        Stay housedStudies = new Stay(StayType.ETUDES, "DE", "Allemagne", 90, StudyLevel.L3, false,
                new BigDecimal("10000"), true, new BigDecimal("500"));

        assertThat(grant("MERMOZ", housedStudies).total()).isEqualByComparingTo("1200");
    }

    // AMI ---------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "AMI {0} jours, boursier {1} → {2}")
    @CsvSource({"90, false, false", "59, true, false", "60, true, true", "270, true, true", "271, true, false"})
    void amiIsForBoursiersFromTwoToNineMonths(int days, boolean boursier, boolean expected) {
        assertThat(eligible("AMI", stay(StayType.STAGE, days, StudyLevel.L1, boursier))).isEqualTo(expected);
        assertThat(eligible("AMI", stay(StayType.ETUDES, days, StudyLevel.DOCTORAT, boursier))).isEqualTo(expected);
    }

    @Test
    void amiPaysFourHundredEurosAMonth() {
        GrantEstimate ami = grant("AMI", stay(StayType.ETUDES, 60, StudyLevel.M2, true));

        assertThat(ami.monthly()).isEqualByComparingTo("400");
        assertThat(ami.total()).isEqualByComparingTo("800");
    }

    // UPHF flat contribution --------------------------------------------------------------------------------

    @ParameterizedTest(name = "UPHF {1} {0} jours → {2}")
    @CsvSource({"55, L2, false", "56, L2, true", "182, M2, true", "183, M2, false", "90, L1, false",
            "90, DOCTORAT, false", "90, IUT, true", "90, INGENIEUR, true"})
    void theUphfContributionIsForEightToTwentySixWeeksFromL2ToM2(int days, StudyLevel level, boolean expected) {
        assertThat(eligible("UPHF", stay(StayType.ETUDES, days, level, false))).isEqualTo(expected);
        assertThat(eligible("UPHF", stay(StayType.STAGE, days, level, false))).isEqualTo(expected);
    }

    @Test
    void theUphfContributionIsAFlatFiveHundredEuros() {
        GrantEstimate uphf = grant("UPHF", stay(StayType.ETUDES, 182, StudyLevel.M1, true));

        assertThat(uphf.monthly()).isNull();
        assertThat(uphf.total()).isEqualByComparingTo("500");
        assertThat(reasons(uphf)).contains("taxNotice");
    }

    // Combinations ------------------------------------------------------------------------------------------

    @Test
    void erasmusCombinesWithMermozOrAmiButMermozNotWithAmiAndUphfIsToBeConfirmed() {
        Estimate all = GrantEstimator.estimate(rules, stay(StayType.ETUDES, 90, StudyLevel.L2, true));

        assertThat(all.grants()).allMatch(GrantEstimate::eligible);
        assertThat(all.combinable()).containsExactly(List.of("ERASMUS", "MERMOZ"), List.of("ERASMUS", "AMI"));
        assertThat(all.toConfirm()).containsExactly(List.of("ERASMUS", "UPHF"), List.of("MERMOZ", "UPHF"),
                List.of("AMI", "UPHF"));
    }

    @Test
    void combinationsOnlyPairEligibleGrants() {
        Estimate outsideEurope = GrantEstimator.estimate(rules, to("US", StayType.ETUDES, 90));

        assertThat(outsideEurope.grants()).extracting(GrantEstimate::eligible).containsExactly(false, true, false, true);
        assertThat(outsideEurope.combinable()).isEmpty();
        assertThat(outsideEurope.toConfirm()).containsExactly(List.of("MERMOZ", "UPHF"));
    }
}

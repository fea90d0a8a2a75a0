package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.uphf.site.mobility.GrantAmount.Purpose;
import fr.uphf.site.mobility.GrantAmount.Unit;
import fr.uphf.site.mobility.GrantCombination.Status;

/**
 * The grant rules of one academic year, as plain values: what {@link GrantEstimator} reads. Loaded from the
 * database by {@link GrantCatalogues}; built by hand in tests.
 *
 * @param erasmusGroups the Erasmus+ country group of each programme country, by ISO 3166-1 alpha-2 code
 */
public record GrantCatalogue(String academicYear, List<GrantTerms> grants, Map<String, Integer> erasmusGroups,
        List<Combination> combinations) {

    /** No published year: no grant to estimate. */
    static GrantCatalogue none() {
        return new GrantCatalogue(null, List.of(), Map.of(), List.of());
    }

    /** Whether two grants can be combined; a pair the rules do not mention is to be confirmed. */
    Status combination(String grantA, String grantB) {
        return combinations.stream()
                .filter(pair -> pair.grantA().equals(grantA) && pair.grantB().equals(grantB)
                        || pair.grantA().equals(grantB) && pair.grantB().equals(grantA))
                .map(Combination::status)
                .findFirst()
                .orElse(Status.A_CONFIRMER);
    }

    /** The conditions and amounts of one grant. */
    public record GrantTerms(String code, String name, Set<StudyLevel> levels, boolean boursierRequired,
            BigDecimal quotientCeiling, boolean erasmusCountriesOnly, boolean amountIsCeiling,
            boolean taxNoticeRequired, boolean travelOnlyIfHoused, BigDecimal travelOnlyAboveWeeklyAllowance,
            List<DurationLimit> durations, List<Amount> amounts) {

        /** The most specific duration limit for this kind of stay and level; none if the grant does not cover the stay. */
        Optional<DurationLimit> durationFor(StayType type, StudyLevel level) {
            return durations.stream()
                    .filter(limit -> (limit.stayType() == null || limit.stayType() == type)
                            && (limit.level() == null || limit.level() == level))
                    .max(Comparator.comparingInt(DurationLimit::specificity));
        }
    }

    /** Accepted durations in days, for a kind of stay and a level (null: any). */
    public record DurationLimit(StayType stayType, StudyLevel level, int minDays, int maxDays, boolean perCycle) {

        int specificity() {
            return (level != null ? 2 : 0) + (stayType != null ? 1 : 0);
        }
    }

    /** An amount and what it is for, as published. */
    public record Amount(String label, BigDecimal amount, Unit unit, Integer countryGroup, Purpose purpose) {

        boolean appliesTo(Stay stay, Integer erasmusGroup) {
            return switch (purpose) {
                case BASE -> countryGroup == null || countryGroup.equals(erasmusGroup);
                case SUPPLEMENT_STAGE -> stay.type() == StayType.STAGE;
                case SUPPLEMENT_BOURSIER -> stay.boursier();
                case INDICATIF -> false;
            };
        }
    }

    /** Whether two grants, by code, can be combined. */
    public record Combination(String grantA, String grantB, Status status) {
    }
}

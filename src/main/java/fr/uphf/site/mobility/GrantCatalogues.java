package fr.uphf.site.mobility;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.uphf.site.mobility.GrantCatalogue.Amount;
import fr.uphf.site.mobility.GrantCatalogue.Combination;
import fr.uphf.site.mobility.GrantCatalogue.DurationLimit;
import fr.uphf.site.mobility.GrantCatalogue.GrantTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the grant rules of the published academic year: the same amount rows as the published tables of
 * /mobilite/aides-financieres, so that an edited amount changes both.
 */
@Service
public class GrantCatalogues {

    private final GrantYearRepository years;
    private final GrantConditionsRepository conditions;
    private final GrantDurationRepository durations;
    private final GrantAmountRepository amounts;
    private final ErasmusCountryRepository countries;
    private final GrantCombinationRepository combinations;

    GrantCatalogues(GrantYearRepository years, GrantConditionsRepository conditions,
            GrantDurationRepository durations, GrantAmountRepository amounts, ErasmusCountryRepository countries,
            GrantCombinationRepository combinations) {
        this.years = years;
        this.conditions = conditions;
        this.durations = durations;
        this.amounts = amounts;
        this.countries = countries;
        this.combinations = combinations;
    }

    /** The academic year shown on the site, if one is published. */
    @Transactional(readOnly = true)
    public Optional<String> publishedYear() {
        return years.findByPublishedTrue().map(GrantYear::getCode);
    }

    /**
     * Publishes the rules of an academic year, prepared beforehand: the published tables and the estimator switch to
     * them together. Only one year is published at a time.
     */
    @Transactional
    public void publish(String code) {
        GrantYear year = years.findByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("No grant rules for the academic year " + code));
        years.findByPublishedTrue().filter(current -> current != year).ifPresent(current -> {
            current.withdraw();
            years.flush();
        });
        year.publish();
    }

    /** The rules of the published year, grants in their published order; none if no year is published. */
    @Transactional(readOnly = true)
    public GrantCatalogue published() {
        return publishedYear().map(this::of).orElseGet(GrantCatalogue::none);
    }

    private GrantCatalogue of(String year) {
        List<GrantConditions> yearRules = conditions.findByAcademicYear(year);
        Map<Long, List<DurationLimit>> limitsByRule = durations.findByConditionsIn(yearRules).stream()
                .collect(Collectors.groupingBy(duration -> duration.getConditions().getId(), Collectors.mapping(
                        duration -> new DurationLimit(duration.getStayType(), duration.getLevel(),
                                duration.getMinDays(), duration.getMaxDays(), duration.isPerCycle()),
                        Collectors.toList())));
        Map<Long, List<Amount>> amountsByGrant = amounts.findByAcademicYearOrderBySortOrder(year).stream()
                .collect(Collectors.groupingBy(amount -> amount.getGrant().getId(), Collectors.mapping(
                        amount -> new Amount(amount.getLabel(), amount.getAmount(), amount.getUnit(),
                                amount.getCountryGroup(), amount.getPurpose()),
                        Collectors.toList())));
        List<GrantTerms> terms = yearRules.stream()
                .sorted(Comparator.comparing(rule -> rule.getGrant().getSortOrder()))
                .map(rule -> {
                    MobilityGrant grant = rule.getGrant();
                    return new GrantTerms(grant.getCode(), grant.getName(), rule.getLevels(), rule.isBoursierRequired(),
                            rule.getQuotientCeiling(), rule.isErasmusCountriesOnly(), rule.isAmountIsCeiling(),
                            rule.isTaxNoticeRequired(), rule.isTravelOnlyIfHoused(),
                            rule.getTravelOnlyAboveWeeklyAllowance(),
                            limitsByRule.getOrDefault(rule.getId(), List.of()),
                            amountsByGrant.getOrDefault(grant.getId(), List.of()));
                })
                .toList();
        Map<String, Integer> groups = countries.findByAcademicYearOrderByCountryGroupAscNameAsc(year).stream()
                .collect(Collectors.toMap(ErasmusCountry::getIsoCode, ErasmusCountry::getCountryGroup));
        List<Combination> pairs = combinations.findByAcademicYear(year).stream()
                .map(pair -> new Combination(pair.getGrantA().getCode(), pair.getGrantB().getCode(), pair.getStatus()))
                .toList();
        return new GrantCatalogue(year, terms, groups, pairs);
    }
}

package fr.uphf.site.mobility;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.uphf.site.shared.AddressPair;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Guide;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mobility grants with their criteria and amounts, and the Erasmus country groups, of the published academic
 * year; and the commission dates.
 */
@Configuration(proxyBeanMethods = false)
class GrantWidgets {

    /** A grant with its criteria and amounts. */
    public record GrantView(MobilityGrant grant, List<GrantCriterion> criteria, List<GrantAmount> amounts) {
    }

    /** An Erasmus country group, the Erasmus monthly amount for it and its countries. */
    public record CountryGroup(int group, List<GrantAmount> amounts, List<ErasmusCountry> countries) {
    }

    /** Everything the financial aid page shows, for the published academic year (null if none is published). */
    public record Grants(String academicYear, List<GrantView> grants, List<CountryGroup> countryGroups,
            List<CommissionDate> commissions) {
    }

    @Bean
    WidgetSource grantsWidget(GrantCatalogues catalogues, MobilityGrantRepository grants,
            GrantCriterionRepository criteria, GrantAmountRepository amounts, ErasmusCountryRepository countries,
            CommissionDateRepository commissions) {
        return new WidgetSource(Widget.GRANTS, area -> {
            String year = catalogues.publishedYear().orElse(null);
            Map<Long, List<GrantCriterion>> criteriaByGrant = criteria.findByAcademicYearOrderBySortOrder(year).stream()
                    .collect(Collectors.groupingBy(criterion -> criterion.getGrant().getId()));
            List<GrantAmount> allAmounts = amounts.findByAcademicYearOrderBySortOrder(year);
            List<GrantView> views = grants.findAllByOrderBySortOrder().stream()
                    .map(grant -> new GrantView(grant,
                            criteriaByGrant.getOrDefault(grant.getId(), List.of()),
                            allAmounts.stream().filter(amount -> amount.getGrant().getId().equals(grant.getId())).toList()))
                    .toList();
            Map<Integer, List<ErasmusCountry>> byGroup = countries.findByAcademicYearOrderByCountryGroupAscNameAsc(year)
                    .stream()
                    .collect(Collectors.groupingBy(ErasmusCountry::getCountryGroup, TreeMap::new, Collectors.toList()));
            List<CountryGroup> groups = byGroup.entrySet().stream()
                    .map(entry -> new CountryGroup(entry.getKey(),
                            allAmounts.stream().filter(amount -> entry.getKey().equals(amount.getCountryGroup())).toList(),
                            entry.getValue()))
                    .toList();
            return new Grants(year, views, groups, commissions.findAllByOrderBySortOrder());
        });
    }

    /** The « Quelles aides pour ma mobilité ? » guide, last updated when the grant rules were. */
    @Bean
    Guide estimatorGuide(GrantConditionsRepository conditions) {
        return new Guide(Area.MOBILITE, EstimatorController.PATH, "estimator.title", conditions::lastChange);
    }

    @Bean
    AddressPair.Source estimatorAddresses() {
        return () -> List.of(new AddressPair(EstimatorController.PATH, EstimatorController.ENGLISH_PATH));
    }
}

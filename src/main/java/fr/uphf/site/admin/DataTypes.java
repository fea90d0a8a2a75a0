package fr.uphf.site.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import fr.uphf.site.admissions.ApplicantProfile;
import fr.uphf.site.admissions.ApplicationPlatform;
import fr.uphf.site.admissions.ApplicationPlatformRepository;
import fr.uphf.site.admissions.ApplicationRoute;
import fr.uphf.site.admissions.OrientationRule;
import fr.uphf.site.admissions.OrientationRuleRepository;
import fr.uphf.site.admissions.Programme;
import fr.uphf.site.campus.Campus;
import fr.uphf.site.campus.CampusRepository;
import fr.uphf.site.eunice.EunicePartner;
import fr.uphf.site.eunice.EunicePartnerRepository;
import fr.uphf.site.mobility.CommissionDate;
import fr.uphf.site.mobility.CommissionDateRepository;
import fr.uphf.site.mobility.ErasmusCountry;
import fr.uphf.site.mobility.ErasmusCountryRepository;
import fr.uphf.site.mobility.GrantAmount;
import fr.uphf.site.mobility.GrantAmountRepository;
import fr.uphf.site.mobility.GrantCombination;
import fr.uphf.site.mobility.GrantCombinationRepository;
import fr.uphf.site.mobility.GrantConditions;
import fr.uphf.site.mobility.GrantConditionsRepository;
import fr.uphf.site.mobility.GrantCriterion;
import fr.uphf.site.mobility.GrantCriterionRepository;
import fr.uphf.site.mobility.GrantDuration;
import fr.uphf.site.mobility.GrantDurationRepository;
import fr.uphf.site.mobility.GrantYear;
import fr.uphf.site.mobility.GrantYearRepository;
import fr.uphf.site.mobility.MobilityGrant;
import fr.uphf.site.mobility.MobilityGrantRepository;
import fr.uphf.site.mobility.StayType;
import fr.uphf.site.mobility.StudyLevel;
import fr.uphf.site.services.Certification;
import fr.uphf.site.services.CertificationRepository;
import fr.uphf.site.services.ContactPoint;
import fr.uphf.site.services.ContactPointRepository;
import fr.uphf.site.services.ServiceLocation;
import fr.uphf.site.services.ServiceLocationRepository;
import fr.uphf.site.shared.Area;
import fr.uphf.site.university.KeyFigure;
import fr.uphf.site.university.KeyFigureRepository;
import fr.uphf.site.university.RankingResult;
import fr.uphf.site.university.RankingResultRepository;
import fr.uphf.site.university.TimelineEvent;
import fr.uphf.site.university.TimelineEventRepository;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import static fr.uphf.site.admin.DataField.blankableText;
import static fr.uphf.site.admin.DataField.choice;
import static fr.uphf.site.admin.DataField.date;
import static fr.uphf.site.admin.DataField.decimal;
import static fr.uphf.site.admin.DataField.email;
import static fr.uphf.site.admin.DataField.integer;
import static fr.uphf.site.admin.DataField.money;
import static fr.uphf.site.admin.DataField.optionalChoice;
import static fr.uphf.site.admin.DataField.optionalText;
import static fr.uphf.site.admin.DataField.reference;
import static fr.uphf.site.admin.DataField.several;
import static fr.uphf.site.admin.DataField.slug;
import static fr.uphf.site.admin.DataField.text;
import static fr.uphf.site.admin.DataField.textarea;
import static fr.uphf.site.admin.DataField.url;
import static fr.uphf.site.admin.DataField.yesNo;

/**
 * Every structured table staff can edit, described once; the admin's forms, checks and lists follow from it. Codes
 * (units, levels, statuses…) are offered and shown with their French labels from the message bundle.
 */
@Component
class DataTypes {

    private static final Sort BY_ORDER = Sort.by("sortOrder", "id");
    private static final DataField SORT_ORDER = integer("sortOrder", true, 0, 9999);

    private final Map<String, DataType<?>> types = new LinkedHashMap<>();
    private final MessageSource messages;

    DataTypes(CampusRepository campuses, KeyFigureRepository figures, TimelineEventRepository events,
            RankingResultRepository rankings, EunicePartnerRepository partners, MobilityGrantRepository grants,
            GrantCriterionRepository criteria, GrantAmountRepository amounts, ErasmusCountryRepository countries,
            CommissionDateRepository commissions, ContactPointRepository contacts,
            CertificationRepository certifications, ApplicationPlatformRepository platforms,
            ServiceLocationRepository locations, GrantYearRepository years, GrantConditionsRepository grantRules,
            GrantDurationRepository durations, GrantCombinationRepository combinations,
            OrientationRuleRepository orientationRules, MessageSource messages) {
        this.messages = messages;
        Map<String, String> units = labels("widget.grants.unit.", GrantAmount.Unit.values());
        Map<String, String> purposes = labels("admin.data.option.purpose.", GrantAmount.Purpose.values());
        Map<String, String> levels = labels("estimator.niveau.", StudyLevel.values());
        Map<String, String> stayTypes = labels("admin.data.option.stayType.", StayType.values());
        Map<String, String> statuses = labels("admin.data.option.status.", GrantCombination.Status.values());
        Map<String, String> programmes = labels("orientation.diplome.", Programme.values());
        Map<String, String> profiles = labels("admin.data.option.profile.", ApplicantProfile.values());
        Map<String, String> routes = labels("admin.data.option.route.", ApplicationRoute.values());
        Map<String, String> areas = labels("area.", Area.values());
        Map<String, String> yesOrNo = new LinkedHashMap<>();
        yesOrNo.put("true", message("form.yes"));
        yesOrNo.put("false", message("form.no"));
        var campusOptions = options(() -> campuses.findAll(BY_ORDER), Campus::getId, Campus::getName);
        var grantOptions = options(() -> grants.findAll(BY_ORDER), MobilityGrant::getId, MobilityGrant::getName);
        Supplier<Map<String, String>> yearOptions = () -> years.findAll(Sort.by("code")).stream()
                .collect(Collectors.toMap(GrantYear::getCode, GrantYear::getCode, (a, b) -> a, LinkedHashMap::new));
        Supplier<Map<String, String>> ruleOptions = () -> {
            Map<String, String> names = grantOptions.get();
            return grantRules.findAll(Sort.by("academicYear", "grantId")).stream().collect(Collectors.toMap(
                    rule -> String.valueOf(rule.getId()),
                    rule -> names.get(String.valueOf(rule.getGrantId())) + " " + rule.getAcademicYear(),
                    (a, b) -> a, LinkedHashMap::new));
        };
        var contactOptions = options(() -> contacts.findAll(Sort.by("service", "sortOrder")), ContactPoint::getId,
                contact -> contact.getService() + " – " + contact.getLabel());
        DataField academicYear = choice("academicYear", yearOptions);
        add(new DataType<>("chiffres-cles", KeyFigure.class, figures, BY_ORDER, List.of(
                text("code", 40), blankableText("qualifier", 40), text("value", 40), text("label", 200),
                optionalText("asOf", 60), SORT_ORDER),
                figure -> figure.getValue() + " " + figure.getLabel()));
        add(new DataType<>("chronologie", TimelineEvent.class, events, Sort.by("year", "sortOrder", "id"), List.of(
                integer("year", true, 1000, 2200), textarea("body"), reference("campusId", false, campusOptions),
                SORT_ORDER),
                event -> event.getYear() + " : " + event.getBody()));
        add(new DataType<>("classements", RankingResult.class, rankings, BY_ORDER, List.of(
                text("ranking", 200), integer("year", true, 1900, 2200), integer("goalNumber", false, 1, 17),
                optionalText("goalLabel", 200), optionalText("band", 40), integer("participants", false, 1, 1_000_000),
                decimal("score", false), SORT_ORDER),
                result -> result.getRanking() + " " + result.getYear()
                        + (result.getGoalNumber() == null ? "" : " – objectif " + result.getGoalNumber())));
        add(new DataType<>("campus", Campus.class, campuses, BY_ORDER, List.of(
                slug("slug", 80), text("name", 200), text("city", 120), textarea("summary"), SORT_ORDER),
                Campus::getName));
        add(new DataType<>("partenaires-eunice", EunicePartner.class, partners, BY_ORDER, List.of(
                text("name", 200), text("city", 120), text("country", 120), text("countryCode", 2), SORT_ORDER),
                EunicePartner::getName));
        add(new DataType<>("aides", MobilityGrant.class, grants, BY_ORDER, List.of(
                text("code", 20), text("name", 200), text("funder", 200), blankableText("combinableNote", 300),
                SORT_ORDER),
                MobilityGrant::getName));
        add(new DataType<>("criteres-aides", GrantCriterion.class, criteria, Sort.by("grantId", "sortOrder", "id"),
                List.of(academicYear, reference("grantId", true, grantOptions), textarea("body"), SORT_ORDER),
                GrantCriterion::getBody));
        add(new DataType<>("montants-aides", GrantAmount.class, amounts, Sort.by("grantId", "sortOrder", "id"),
                List.of(academicYear, reference("grantId", true, grantOptions), text("label", 200),
                        money("amount", true), choice("unit", () -> units), choice("purpose", () -> purposes),
                        integer("countryGroup", false, 1, 3), SORT_ORDER),
                amount -> amount.getLabel() + " : " + amount.euros()));
        add(new DataType<>("pays-erasmus", ErasmusCountry.class, countries,
                Sort.by("academicYear", "countryGroup", "name"), List.of(
                academicYear, text("name", 120), text("isoCode", 2), integer("countryGroup", true, 1, 3)),
                country -> country.getName() + " (groupe " + country.getCountryGroup() + ")"));
        add(new DataType<>("regles-aides", GrantConditions.class, grantRules, Sort.by("academicYear", "grantId"), List.of(
                academicYear, reference("grantId", true, grantOptions),
                several("levels", true, () -> levels),
                yesNo("boursierRequired", true, yesOrNo), money("quotientCeiling", false),
                yesNo("erasmusCountriesOnly", true, yesOrNo), yesNo("amountIsCeiling", true, yesOrNo),
                yesNo("taxNoticeRequired", true, yesOrNo), yesNo("travelOnlyIfHoused", true, yesOrNo),
                money("travelOnlyAboveWeeklyAllowance", false)),
                rule -> grantOptions.get().get(String.valueOf(rule.getGrantId())) + " " + rule.getAcademicYear()));
        add(new DataType<>("durees-aides", GrantDuration.class, durations, Sort.by("ruleId", "stayType", "level"), List.of(
                reference("ruleId", true, ruleOptions),
                optionalChoice("stayType", () -> stayTypes), optionalChoice("level", () -> levels),
                integer("minDays", true, 1, 3650), integer("maxDays", true, 1, 3650), yesNo("perCycle", true, yesOrNo)),
                duration -> ruleOptions.get().get(String.valueOf(duration.getRuleId()))
                        + (duration.getStayType() == null ? "" : ", " + stayTypes.get(duration.getStayType().name()))
                        + (duration.getLevel() == null ? "" : ", " + levels.get(duration.getLevel().name()))));
        add(new DataType<>("cumuls-aides", GrantCombination.class, combinations,
                Sort.by("academicYear", "grantAId", "grantBId"), List.of(
                academicYear, reference("grantAId", true, grantOptions), reference("grantBId", true, grantOptions),
                choice("status", () -> statuses)),
                combination -> grantOptions.get().get(String.valueOf(combination.getGrantAId())) + " + "
                        + grantOptions.get().get(String.valueOf(combination.getGrantBId())) + " : "
                        + statuses.get(combination.getStatus().name())));
        add(new DataType<>("regles-orientation", OrientationRule.class, orientationRules, BY_ORDER, List.of(
                SORT_ORDER, text("name", 200), several("programmes", false, () -> programmes),
                integer("yearMin", false, 1, 5), integer("yearMax", false, 1, 5), yesNo("apprenticeship", false, yesOrNo),
                optionalChoice("profile", () -> profiles), yesNo("livesInFrance", false, yesOrNo),
                optionalChoice("route", () -> routes),
                textarea("explanation"), textarea("steps"), text("contact", 300),
                reference("contactPointId", false, contactOptions)),
                rule -> rule.getSortOrder() + " – " + rule.getName()));
        add(new DataType<>("commissions", CommissionDate.class, commissions, BY_ORDER, List.of(
                text("subject", 300), date("meetingDate"), SORT_ORDER),
                commission -> commission.getSubject() + " : " + commission.getMeetingDate()));
        add(new DataType<>("contacts", ContactPoint.class, contacts, Sort.by("area", "sortOrder", "id"), List.of(
                choice("area", () -> areas), text("service", 200), text("label", 300),
                email("email", 200), optionalText("phone", 40), reference("campusId", false, campusOptions),
                SORT_ORDER),
                contact -> contact.getService() + " – " + contact.getLabel()));
        add(new DataType<>("certifications", Certification.class, certifications, BY_ORDER, List.of(
                text("name", 200), textarea("description"), optionalText("frequency", 200), SORT_ORDER),
                Certification::getName));
        add(new DataType<>("plateformes", ApplicationPlatform.class, platforms, BY_ORDER, List.of(
                text("code", 40), text("name", 200), textarea("audience"), textarea("programmes"),
                url("url", 300), SORT_ORDER),
                ApplicationPlatform::getName));
        add(new DataType<>("lieux", ServiceLocation.class, locations, BY_ORDER, List.of(
                text("name", 200), text("service", 200), reference("campusId", true, campusOptions),
                text("location", 300), text("hours", 300), SORT_ORDER),
                ServiceLocation::getName));
    }

    List<DataType<?>> all() {
        return List.copyOf(types.values());
    }

    Optional<DataType<?>> find(String slug) {
        return Optional.ofNullable(types.get(slug));
    }

    private void add(DataType<?> type) {
        types.put(type.slug(), type);
    }

    private static <T> Supplier<Map<String, String>> options(
            Supplier<List<T>> rows, Function<T, Long> id, Function<T, String> name) {
        return () -> rows.get().stream().collect(Collectors.toMap(row -> String.valueOf(id.apply(row)), name,
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The French label of each code, from the message {@code prefix + code}. */
    private Map<String, String> labels(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name, value -> message(prefix + value.name()),
                (a, b) -> a, LinkedHashMap::new));
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}

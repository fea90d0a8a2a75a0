package fr.uphf.site.admin;

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
import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.FormFields;
import fr.uphf.site.university.KeyFigure;
import fr.uphf.site.university.KeyFigureRepository;
import fr.uphf.site.university.RankingResult;
import fr.uphf.site.university.RankingResultRepository;
import fr.uphf.site.university.TimelineEvent;
import fr.uphf.site.university.TimelineEventRepository;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import static fr.uphf.site.admin.DataField.choice;
import static fr.uphf.site.admin.DataField.of;
import static fr.uphf.site.admin.DataField.several;
import static fr.uphf.site.admin.DataField.yesNo;
import static fr.uphf.site.shared.FormInput.DATE;
import static fr.uphf.site.shared.FormInput.DECIMAL;
import static fr.uphf.site.shared.FormInput.EMAIL;
import static fr.uphf.site.shared.FormInput.MONEY;
import static fr.uphf.site.shared.FormInput.NUMBER;
import static fr.uphf.site.shared.FormInput.TEXT;
import static fr.uphf.site.shared.FormInput.TEXTAREA;
import static fr.uphf.site.shared.FormInput.URL;

/**
 * Every structured table staff can edit, described once: which properties its form shows, in what order, with what
 * kind of input and which options, and how a row is labelled. What a property accepts is said by the entity's
 * constraints. Codes (units, levels, statuses…) are offered and shown with their French labels from the message bundle.
 */
@Component
class DataTypes {

    /** The property of the rows shown in the order staff choose ({@link fr.uphf.site.shared.OrderedEntity}). */
    private static final String ORDER_PROPERTY = "sortOrder";
    private static final Sort BY_ORDER = Sort.by(ORDER_PROPERTY, "id");
    private static final DataField SORT_ORDER = of(ORDER_PROPERTY, NUMBER);

    private final Map<String, DataType<?>> types = new LinkedHashMap<>();
    private final MessageSource messages;
    private final FormFields formFields;

    DataTypes(CampusRepository campuses, KeyFigureRepository figures, TimelineEventRepository events,
            RankingResultRepository rankings, EunicePartnerRepository partners, MobilityGrantRepository grants,
            GrantCriterionRepository criteria, GrantAmountRepository amounts, ErasmusCountryRepository countries,
            CommissionDateRepository commissions, ContactPointRepository contacts,
            CertificationRepository certifications, ApplicationPlatformRepository platforms,
            ServiceLocationRepository locations, GrantYearRepository years, GrantConditionsRepository grantRules,
            GrantDurationRepository durations, GrantCombinationRepository combinations,
            OrientationRuleRepository orientationRules, MessageSource messages, FormFields formFields) {
        this.messages = messages;
        this.formFields = formFields;
        Map<String, String> units = formFields.options("widget.grants.unit.", GrantAmount.Unit.values());
        Map<String, String> purposes = formFields.options("admin.data.option.purpose.", GrantAmount.Purpose.values());
        Map<String, String> levels = formFields.options("estimator.niveau.", StudyLevel.values());
        Map<String, String> stayTypes = formFields.options("admin.data.option.stayType.", StayType.values());
        Map<String, String> statuses = formFields.options("admin.data.option.status.", GrantCombination.Status.values());
        Map<String, String> programmes = formFields.options("orientation.diplome.", Programme.values());
        Map<String, String> profiles = formFields.options("admin.data.option.profile.", ApplicantProfile.values());
        Map<String, String> routes = formFields.options("admin.data.option.route.", ApplicationRoute.values());
        Map<String, String> areas = formFields.options("area.", Area.values());
        Map<String, String> yesOrNo = new LinkedHashMap<>();
        yesOrNo.put("true", message("form.yes"));
        yesOrNo.put("false", message("form.no"));
        var campusOptions = options(() -> campuses.findAll(BY_ORDER), Campus::getName);
        var grantOptions = options(() -> grants.findAll(BY_ORDER), MobilityGrant::getName);
        Supplier<Map<String, String>> yearOptions = () -> years.findAll(Sort.by("code")).stream()
                .collect(Collectors.toMap(GrantYear::getCode, GrantYear::getCode, (a, b) -> a, LinkedHashMap::new));
        Supplier<Map<String, String>> ruleOptions = () -> {
            Map<String, String> names = grantOptions.get();
            return grantRules.findAll(Sort.by("academicYear", "grant.id")).stream().collect(Collectors.toMap(
                    rule -> String.valueOf(rule.getId()),
                    rule -> names.get(String.valueOf(rule.getGrant().getId())) + " " + rule.getAcademicYear(),
                    (a, b) -> a, LinkedHashMap::new));
        };
        var contactOptions = options(() -> contacts.findAll(Sort.by("service", ORDER_PROPERTY)),
                contact -> contact.getService() + " – " + contact.getLabel());
        DataField academicYear = choice("academicYear", yearOptions);
        add(new DataType<>("chiffres-cles", KeyFigure.class, figures, BY_ORDER, List.of(
                of("code", TEXT), of("qualifier", TEXT), of("value", TEXT), of("label", TEXT), of("asOf", TEXT),
                SORT_ORDER),
                figure -> figure.getValue() + " " + figure.getLabel(), KeyFigure::new));
        add(new DataType<>("chronologie", TimelineEvent.class, events, Sort.by("year", ORDER_PROPERTY, "id"),
                List.of(of("year", NUMBER), of("body", TEXTAREA), choice("campus", campusOptions), SORT_ORDER),
                event -> event.getYear() + " : " + event.getBody(), TimelineEvent::new));
        add(new DataType<>("classements", RankingResult.class, rankings, BY_ORDER, List.of(
                of("ranking", TEXT), of("year", NUMBER), of("goalNumber", NUMBER), of("goalLabel", TEXT),
                of("band", TEXT), of("participants", NUMBER), of("score", DECIMAL), SORT_ORDER),
                result -> result.getRanking() + " " + result.getYear()
                        + (result.getGoalNumber() == null ? "" : " – objectif " + result.getGoalNumber()),
                RankingResult::new));
        add(new DataType<>("campus", Campus.class, campuses, BY_ORDER, List.of(
                of("slug", TEXT), of("name", TEXT), of("city", TEXT), of("summary", TEXTAREA), of("latitude", DECIMAL),
                of("longitude", DECIMAL), SORT_ORDER),
                Campus::getName, Campus::new));
        add(new DataType<>("partenaires-eunice", EunicePartner.class, partners, BY_ORDER, List.of(
                of("name", TEXT), of("city", TEXT), of("country", TEXT), of("countryCode", TEXT), of("latitude", DECIMAL),
                of("longitude", DECIMAL), SORT_ORDER),
                EunicePartner::getName, EunicePartner::new));
        add(new DataType<>("aides", MobilityGrant.class, grants, BY_ORDER, List.of(
                of("code", TEXT), of("name", TEXT), of("funder", TEXT), of("combinableNote", TEXT), SORT_ORDER),
                MobilityGrant::getName, MobilityGrant::new));
        add(new DataType<>("criteres-aides", GrantCriterion.class, criteria,
                Sort.by("grant.id", ORDER_PROPERTY, "id"),
                List.of(academicYear, choice("grant", grantOptions), of("body", TEXTAREA), SORT_ORDER),
                GrantCriterion::getBody, GrantCriterion::new));
        add(new DataType<>("montants-aides", GrantAmount.class, amounts, Sort.by("grant.id", ORDER_PROPERTY, "id"),
                List.of(academicYear, choice("grant", grantOptions), of("label", TEXT), of("amount", MONEY),
                        choice("unit", () -> units), choice("purpose", () -> purposes), of("countryGroup", NUMBER),
                        SORT_ORDER),
                amount -> amount.getLabel() + " : " + amount.euros(), GrantAmount::new));
        add(new DataType<>("pays-erasmus", ErasmusCountry.class, countries,
                Sort.by("academicYear", "countryGroup", "name"), List.of(
                academicYear, of("name", TEXT), of("isoCode", TEXT), of("countryGroup", NUMBER)),
                country -> country.getName() + " (groupe " + country.getCountryGroup() + ")", ErasmusCountry::new));
        add(new DataType<>("regles-aides", GrantConditions.class, grantRules, Sort.by("academicYear", "grant.id"),
                List.of(academicYear, choice("grant", grantOptions), several("levels", () -> levels),
                        yesNo("boursierRequired", yesOrNo), of("quotientCeiling", MONEY),
                        yesNo("erasmusCountriesOnly", yesOrNo), yesNo("amountIsCeiling", yesOrNo),
                        yesNo("taxNoticeRequired", yesOrNo), yesNo("travelOnlyIfHoused", yesOrNo),
                        of("travelOnlyAboveWeeklyAllowance", MONEY)),
                DataTypes::conditionsLabel, GrantConditions::new));
        add(new DataType<>("durees-aides", GrantDuration.class, durations,
                Sort.by("conditions.id", "stayType", "level"), List.of(
                choice("conditions", ruleOptions), choice("stayType", () -> stayTypes), choice("level", () -> levels),
                of("minDays", NUMBER), of("maxDays", NUMBER), yesNo("perCycle", yesOrNo)),
                duration -> conditionsLabel(duration.getConditions())
                        + (duration.getStayType() == null ? "" : ", " + stayTypes.get(duration.getStayType().name()))
                        + (duration.getLevel() == null ? "" : ", " + levels.get(duration.getLevel().name())),
                GrantDuration::new));
        add(new DataType<>("cumuls-aides", GrantCombination.class, combinations,
                Sort.by("academicYear", "grantA.id", "grantB.id"), List.of(
                academicYear, choice("grantA", grantOptions), choice("grantB", grantOptions),
                choice("status", () -> statuses)),
                combination -> combination.getGrantA().getName() + " + " + combination.getGrantB().getName() + " : "
                        + statuses.get(combination.getStatus().name()),
                GrantCombination::new));
        add(new DataType<>("regles-orientation", OrientationRule.class, orientationRules, BY_ORDER, List.of(
                SORT_ORDER, of("name", TEXT), several("programmes", () -> programmes), of("yearMin", NUMBER),
                of("yearMax", NUMBER), yesNo("apprenticeship", yesOrNo), choice("profile", () -> profiles),
                yesNo("livesInFrance", yesOrNo), choice("route", () -> routes), of("explanation", TEXTAREA),
                of("steps", TEXTAREA), of("contact", TEXT), choice("contactPoint", contactOptions)),
                rule -> rule.getSortOrder() + " – " + rule.getName(), OrientationRule::new));
        add(new DataType<>("commissions", CommissionDate.class, commissions, BY_ORDER, List.of(
                of("subject", TEXT), of("meetingDate", DATE), SORT_ORDER),
                commission -> commission.getSubject() + " : " + commission.getMeetingDate(), CommissionDate::new));
        add(new DataType<>("contacts", ContactPoint.class, contacts, Sort.by("area", ORDER_PROPERTY, "id"),
                List.of(choice("area", () -> areas), of("service", TEXT), of("label", TEXT), of("email", EMAIL),
                        of("phone", TEXT), choice("campus", campusOptions), SORT_ORDER),
                contact -> contact.getService() + " – " + contact.getLabel(), ContactPoint::new));
        add(new DataType<>("certifications", Certification.class, certifications, BY_ORDER, List.of(
                of("name", TEXT), of("description", TEXTAREA), of("frequency", TEXT), SORT_ORDER),
                Certification::getName, Certification::new));
        add(new DataType<>("plateformes", ApplicationPlatform.class, platforms, BY_ORDER, List.of(
                of("code", TEXT), of("name", TEXT), of("audience", TEXTAREA), of("programmes", TEXTAREA),
                of("url", URL), SORT_ORDER),
                ApplicationPlatform::getName, ApplicationPlatform::new));
        add(new DataType<>("lieux", ServiceLocation.class, locations, BY_ORDER, List.of(
                of("name", TEXT), of("service", TEXT), choice("campus", campusOptions), of("location", TEXT),
                of("hours", TEXT), SORT_ORDER),
                ServiceLocation::getName, ServiceLocation::new));
    }

    /** The conditions of a grant for a year: « Erasmus+ 2024-2025 ». */
    private static String conditionsLabel(GrantConditions conditions) {
        return conditions.getGrant().getName() + " " + conditions.getAcademicYear();
    }

    List<DataType<?>> all() {
        return List.copyOf(types.values());
    }

    Optional<DataType<?>> find(String slug) {
        return Optional.ofNullable(types.get(slug));
    }

    /** Adds a table, each of its fields required when its property cannot be blank. */
    private <T extends AuditedEntity> void add(DataType<T> type) {
        List<DataField> fields = type.fields().stream()
                .map(field -> field.required(formFields.required(type.entityClass(), field.name())))
                .toList();
        types.put(type.slug(), new DataType<>(type.slug(), type.entityClass(), type.repository(), type.order(), fields,
                type.label(), type.creator()));
    }

    /** The rows of a referenced table, for a list: each printed as its id (as its formatter prints it) and named. */
    private static <T extends AuditedEntity> Supplier<Map<String, String>> options(Supplier<List<T>> rows,
            Function<T, String> name) {
        return () -> rows.get().stream().collect(Collectors.toMap(row -> String.valueOf(row.getId()), name,
                (a, b) -> a, LinkedHashMap::new));
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}

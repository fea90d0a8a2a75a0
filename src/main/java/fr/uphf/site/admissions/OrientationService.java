package fr.uphf.site.admissions;

import java.util.List;

import fr.uphf.site.services.ContactPoint;
import fr.uphf.site.shared.Language;
import fr.uphf.site.translation.Localized;
import fr.uphf.site.translation.Translations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers « Où candidater ? » from the orientation rules stored in the database. */
@Service
public class OrientationService {

    private final OrientationRuleRepository rules;
    private final ApplicationPlatformRepository platforms;
    private final MessageSource messages;
    private final Translations translations;

    OrientationService(OrientationRuleRepository rules, ApplicationPlatformRepository platforms,
            MessageSource messages, Translations translations) {
        this.rules = rules;
        this.platforms = platforms;
        this.messages = messages;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public OrientationAnswer orient(OrientationQuestion question) {
        return OrientationEngine.firstMatch(rules.findAllByOrderBySortOrderAscIdAsc(), question)
                .map(this::answer)
                .orElseGet(this::noRule);
    }

    private OrientationAnswer answer(OrientationRule rule) {
        ContactPoint point = rule.getContactPoint();
        List<ApplicationPlatform> described = rule.getRoute() == null ? List.of()
                : platforms.findAllByOrderBySortOrder().stream()
                        .filter(platform -> rule.getRoute().platformCodes().contains(platform.getCode()))
                        .toList();
        return new OrientationAnswer(rule.getRoute(), translations.of(rule, "explanation"),
                OrientationRule.lines(translations.of(rule, "steps")), translations.of(rule, "contact"),
                point == null ? null : point.getEmail(), point == null ? null : point.getPhone(), described);
    }

    /** Staff removed the catch-all rule: still an honest answer rather than an error. */
    private OrientationAnswer noRule() {
        return new OrientationAnswer(null, message("orientation.noRule.explanation"),
                List.of(message("orientation.noRule.step")), message("orientation.noRule.contact"), null, null, List.of());
    }

    private Localized message(String code) {
        return new Localized(messages.getMessage(code, null, Language.current().locale()), false);
    }
}

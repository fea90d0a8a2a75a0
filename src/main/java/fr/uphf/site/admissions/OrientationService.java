package fr.uphf.site.admissions;

import java.util.List;
import java.util.Locale;

import fr.uphf.site.services.ContactPoint;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers « Où candidater ? » from the orientation rules stored in the database. */
@Service
public class OrientationService {

    private final OrientationRuleRepository rules;
    private final ApplicationPlatformRepository platforms;
    private final MessageSource messages;

    OrientationService(OrientationRuleRepository rules, ApplicationPlatformRepository platforms,
            MessageSource messages) {
        this.rules = rules;
        this.platforms = platforms;
        this.messages = messages;
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
        return new OrientationAnswer(rule.getRoute(), rule.getExplanation(), rule.stepList(), rule.getContact(),
                point == null ? null : point.getEmail(), point == null ? null : point.getPhone(), described);
    }

    /** Staff removed the catch-all rule: still an honest answer rather than an error. */
    private OrientationAnswer noRule() {
        return new OrientationAnswer(null, message("orientation.noRule.explanation"),
                List.of(message("orientation.noRule.step")), message("orientation.noRule.contact"), null, null, List.of());
    }

    private String message(String code) {
        return messages.getMessage(code, null, Locale.FRENCH);
    }
}

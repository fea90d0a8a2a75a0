package fr.uphf.site.admissions;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rule that answers a candidate: the first, in sort order, whose conditions match. Pure: the rules are data. */
final class OrientationEngine {

    private OrientationEngine() {
    }

    static Optional<OrientationRule> firstMatch(List<OrientationRule> rules, OrientationQuestion question) {
        return rules.stream()
                .sorted(Comparator.comparingInt(OrientationRule::getSortOrder))
                .filter(rule -> rule.match().matches(question))
                .findFirst();
    }
}

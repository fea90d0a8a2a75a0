package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.uphf.site.mobility.Estimate.Days;
import fr.uphf.site.mobility.Estimate.GrantEstimate;
import fr.uphf.site.mobility.Estimate.Reason;
import fr.uphf.site.mobility.EstimateView.GrantPair;
import fr.uphf.site.mobility.EstimateView.GrantResult;
import fr.uphf.site.shared.Money;
import fr.uphf.site.shared.Language;
import fr.uphf.site.translation.Translations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Estimates the grants of a stay with the published rules, and writes the reasons out in the reader's language. */
@Service
public class EstimatorService {

    private final GrantCatalogues catalogues;
    private final MessageSource messages;
    private final MobilityGrantRepository grants;
    private final GrantAmountRepository amounts;
    private final Translations translations;

    EstimatorService(GrantCatalogues catalogues, MessageSource messages, MobilityGrantRepository grants,
            GrantAmountRepository amounts, Translations translations) {
        this.catalogues = catalogues;
        this.messages = messages;
        this.grants = grants;
        this.amounts = amounts;
        this.translations = translations;
    }

    public EstimateView estimate(Stay stay) {
        Estimate estimate = GrantEstimator.estimate(catalogues.published(), stay);
        Map<String, String> names = estimate.grants().stream()
                .collect(Collectors.toMap(GrantEstimate::code, GrantEstimate::name));
        Map<String, String> labels = new HashMap<>();
        if (Language.current() == Language.EN) {
            grants.findAll().forEach(grant -> names.computeIfPresent(grant.getCode(),
                    (code, french) -> translations.text(grant, "name")));
            amounts.findAll().forEach(amount -> labels.put(amount.getLabel(), translations.text(amount, "label")));
        }
        Function<List<String>, GrantPair> pair = codes -> new GrantPair(codes, codes.stream().map(names::get).toList());
        List<GrantResult> grants = estimate.grants().stream()
                .map(grant -> new GrantResult(grant.code(), names.get(grant.code()), grant.eligible(),
                        grant.reasons().stream().map(reason -> write(reason, labels)).toList(), grant.monthly(),
                        grant.total()))
                .toList();
        String warning = estimate.academicYear() == null ? message("estimator.warning.noYear")
                : message("estimator.warning", estimate.academicYear());
        return new EstimateView(estimate.academicYear(), grants, estimate.combinable().stream().map(pair).toList(),
                estimate.toConfirm().stream().map(pair).toList(), warning);
    }

    /** A reason in the reader's language; {@code labels}: the English of the amounts' French labels it may name. */
    private String write(Reason reason, Map<String, String> labels) {
        return message("estimator.reason." + reason.code(),
                reason.args().stream()
                        .map(arg -> write(arg instanceof String text ? labels.getOrDefault(text, text) : arg)).toArray());
    }

    /** An argument of a reason as a reader expects it. */
    private Object write(Object arg) {
        if (arg instanceof BigDecimal amount) {
            return Money.euros(amount);
        }
        if (arg instanceof Days days) {
            return days(days.count());
        }
        if (arg instanceof StudyLevel level) {
            return message("estimator.niveau." + level + ".inline");
        }
        if (arg instanceof StayType type) {
            return message("estimator.type." + type + ".inline");
        }
        if (arg instanceof Collection<?> levels) {
            return levels.stream().map(this::write).map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(arg);
    }

    private String days(int count) {
        if (count % GrantEstimator.DAYS_PER_MONTH == 0) {
            return message("estimator.days.months", count, count / GrantEstimator.DAYS_PER_MONTH);
        }
        if (count % 7 == 0) {
            return message("estimator.days.weeks", count, count / 7);
        }
        return message("estimator.days", count);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, Language.current().locale());
    }
}

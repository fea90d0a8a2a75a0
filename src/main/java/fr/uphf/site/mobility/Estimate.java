package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the estimator finds for a stay: each grant, eligible or not and why, with its amounts; the pairs of eligible
 * grants that can be combined, and those whose combination the university has not stated.
 */
public record Estimate(String academicYear, List<GrantEstimate> grants, List<List<String>> combinable,
        List<List<String>> toConfirm) {

    /** One grant: eligible or not, why, and its monthly and total amounts in euros (null when unknown or none). */
    public record GrantEstimate(String code, String name, boolean eligible, List<Reason> reasons, BigDecimal monthly,
            BigDecimal total) {
    }

    /** A reason, as a message code (estimator.reason.CODE) and its arguments. */
    public record Reason(String code, List<Object> args) {

        static Reason of(String code, Object... args) {
            return new Reason(code, List.of(args));
        }
    }

    /** A number of days, shown with its equivalent in months or weeks when there is a round one. */
    public record Days(int count) {
    }
}

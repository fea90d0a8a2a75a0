package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.List;

import fr.uphf.site.shared.Money;

/**
 * An estimate in French, for the page and the JSON API: each grant with its reasons written out, the pairs of
 * grants that can be combined and those to be confirmed, and the warning that this is not a decision.
 */
public record EstimateView(String academicYear, List<GrantResult> grants, List<GrantPair> combinable,
        List<GrantPair> toConfirm, String warning) {

    /** One grant: eligible or not, why, and its amounts in euros (null when unknown or none). */
    public record GrantResult(String code, String name, boolean eligible, List<String> reasons, BigDecimal monthly,
            BigDecimal total) {

        public String monthlyEuros() {
            return monthly == null ? null : Money.euros(monthly);
        }

        public String totalEuros() {
            return total == null ? null : Money.euros(total);
        }
    }

    /** Two grants, by code and by name. */
    public record GrantPair(List<String> codes, List<String> names) {
    }
}

package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.uphf.site.shared.Money;

/**
 * An estimate in French, for the page and the JSON API (which names its fields in French: the pairs of grants by
 * their codes, amounts in euros as numbers): each grant with its reasons written out, the pairs of grants that can be
 * combined and those to be confirmed (eligible pairs whose combination the university has not stated), and the
 * warning that this is not a decision.
 */
@JsonPropertyOrder({"aides", "cumulsPossibles", "cumulsAConfirmer", "anneeUniversitaire", "avertissement"})
public record EstimateView(@JsonProperty("anneeUniversitaire") String academicYear,
        @JsonProperty("aides") List<GrantResult> grants, @JsonProperty("cumulsPossibles") List<GrantPair> combinable,
        @JsonProperty("cumulsAConfirmer") List<GrantPair> toConfirm, @JsonProperty("avertissement") String warning) {

    /** One grant: eligible or not, why, and its amounts in euros (null when not open or not published). */
    public record GrantResult(String code, @JsonIgnore String name, boolean eligible,
            @JsonProperty("raisons") List<String> reasons, @JsonProperty("montantMensuel") BigDecimal monthly,
            @JsonProperty("montantTotal") BigDecimal total) {

        public String monthlyEuros() {
            return monthly == null ? null : Money.euros(monthly);
        }

        public String totalEuros() {
            return total == null ? null : Money.euros(total);
        }
    }

    /** Two grants, by code and by name; the JSON API gives their codes. */
    public record GrantPair(@JsonValue List<String> codes, List<String> names) {
    }
}

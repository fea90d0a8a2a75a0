package fr.uphf.site.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.uphf.site.shared.FormBinding;
import fr.uphf.site.shared.Money;
import org.springframework.validation.BindingResult;

/**
 * The estimator's questions bound and checked as the page and the API do, whatever is typed: numbers, dates, country
 * codes, amounts the French way. Nothing may throw, and a form without errors is a stay the estimator can read.
 */
class StayFormFuzzTest {

    private static final Countries COUNTRIES = new Countries();
    private static final StayFormValidator VALIDATOR = new StayFormValidator(FormBinding.validator(), COUNTRIES);
    private static final List<String> FIELDS = List.of("type", "pays", "jours", "dateDebut", "dateFin", "niveau",
            "boursier", "quotient", "logeNourri", "gratificationHebdo");
    /** Values that are valid for some field, so that the fuzzer reaches the checks after conversion. */
    private static final List<String> PLAUSIBLE = List.of("ETUDES", "STAGE", "DE", "fr", "FR", "L3", "M2", "true",
            "false", "90", "3650", "3651", "0", "-1", "2147483648", "2026-09-01", "2027-06-30", "-999999999-01-01",
            "+999999999-12-31", "12 000", "175,50 €", "1750.5", "1\u202f750", "");

    @FuzzTest(maxDuration = "2m")
    void anyParametersAreAnErrorOfTheFormOrAStay(FuzzedDataProvider data) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (data.consumeBoolean()) {
                parameters.put(field, data.consumeBoolean() ? data.pickValue(PLAUSIBLE) : data.consumeString(40));
            }
        }
        StayForm form = new StayForm();
        BindingResult errors = FormBinding.bind(form, StayForm.NAME, parameters);
        VALIDATOR.validate(form, errors);
        if (!errors.hasErrors()) {
            Stay stay = form.toStay(COUNTRIES.destination(form.getPays()).orElseThrow());
            assertThat(stay.days()).isBetween(1, StayForm.MAX_DAYS);
            assertThat(stay.quotient()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(Money.read(Money.number(stay.quotient()))).isEqualByComparingTo(stay.quotient());
        }
    }

    @FuzzTest(maxDuration = "2m")
    void amountsTypedAnyWayAreReadOrRefused(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();
        BigDecimal amount;
        try {
            amount = Money.read(typed);
        } catch (NumberFormatException refused) {
            return;
        }
        assertThat(Money.read(Money.euros(amount))).isEqualByComparingTo(amount);
    }
}

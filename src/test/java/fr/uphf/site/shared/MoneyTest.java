package fr.uphf.site.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One way to write amounts in euros, one way to read them as people type them. */
class MoneyTest {

    private static final char NARROW = '\u202f';

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "12500      | 12_500_€",
            "12500.00   | 12_500_€",
            "175.5      | 175,50_€",
            "175.50     | 175,50_€",
            "92.4       | 92,40_€",
            "0          | 0_€",
            "1234567.89 | 1_234_567,89_€",
            "783        | 783_€"})
    void amountsAreWrittenTheFrenchWayWithNarrowNoBreakSpaces(String amount, String written) {
        assertThat(Money.euros(new BigDecimal(amount))).isEqualTo(written.replace('_', NARROW));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "12500      | €12,500",
            "175.5      | €175.50",
            "0          | €0",
            "1234567.89 | €1,234,567.89"})
    void onEnglishPagesAmountsAreWrittenTheEnglishWay(String amount, String written) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(Money.euros(new BigDecimal(amount))).isEqualTo(written);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"175,50", "175,50 €", "175,5", "175.5", "175.50€", " 175,50 € "})
    void amountsWithCentsAreReadAsTyped(String typed) {
        assertThat(Money.read(typed)).isEqualByComparingTo("175.50");
    }

    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"1750", "1 750", "1\u00a0750", "1\u202f750", "1 750 €", "1750,00"})
    void thousandsAreReadWithAnySpace(String typed) {
        assertThat(Money.read(typed)).isEqualByComparingTo("1750");
    }

    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"1750.5", "1 750,50 €"})
    void aPointOrACommaMarksTheCents(String typed) {
        assertThat(Money.read(typed)).isEqualByComparingTo("1750.5");
    }

    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"", "€", "douze", "12,5,0", "--3", "1,750.50", "12e3", "1 750 $"})
    void anythingElseIsNotAnAmount(String typed) {
        assertThatThrownBy(() -> Money.read(typed)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"-3", "-3,00 €"})
    void aNegativeAmountIsReadForTheCallerToRefuseIt(String typed) {
        assertThat(Money.read(typed)).isEqualByComparingTo("-3");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "175.5", "12500", "1234567.89"})
    void whatIsWrittenIsReadBack(String amount) {
        BigDecimal value = new BigDecimal(amount);
        assertThat(Money.read(Money.euros(value))).isEqualByComparingTo(value);
        assertThat(Money.read(Money.number(value))).isEqualByComparingTo(value);
    }
}

package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in euros as a French reader writes them: "30 000 €", "783 €", "92,40 €". */
final class Euros {

    private Euros() {
    }

    static String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        int decimals = amount.stripTrailingZeros().scale() <= 0 ? 0 : 2;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount) + " €";
    }
}

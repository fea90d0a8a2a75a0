package fr.uphf.site.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Amounts in euros, written one way everywhere — « 12 500 € », « 175,50 € »: a narrow no-break space (U+202F) between
 * thousands and before the euro sign, as French typography wants, and cents only when there are some; « €12,500 » on
 * English pages — and read as
 * people type them: « 175,50 », « 175,50 € », « 1 750 » (any space), « 1750.5 ». Pages, the JSON API and the admin
 * write amounts with {@link #euros}; as a {@link Formatter} it binds the {@link Euros} amounts of every form (the data
 * editor's) and the amounts of the guides' forms.
 */
public final class Money implements Formatter<BigDecimal> {

    /** The narrow no-break space of French typography. */
    private static final char NARROW_SPACE = '\u202f';

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f\\u2009]+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    /** « 12 500 € », « 175,50 € » on French pages; « €12,500 », « €175.50 » on English ones, as each language writes them. */
    public static String euros(BigDecimal amount) {
        return Language.current() == Language.EN
                ? "€" + written(amount, ',', '.')
                : number(amount) + NARROW_SPACE + "€";
    }

    /** The amount without its unit, as typed back into a form: « 12 500 », « 175,50 ». */
    public static String number(BigDecimal amount) {
        return written(amount, NARROW_SPACE, ',');
    }

    private static String written(BigDecimal amount, char grouping, char decimal) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        int decimals = amount.stripTrailingZeros().scale() <= 0 ? 0 : Math.max(2, amount.stripTrailingZeros().scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount);
    }

    /**
     * The amount typed, spaces and a trailing euro sign ignored, comma or point for the decimals; a negative amount is
     * read, for the caller's checks to refuse it with their own message.
     *
     * @throws NumberFormatException when it is not an amount
     */
    public static BigDecimal read(String typed) {
        String plain = SPACES.matcher(typed.strip()).replaceAll("");
        if (plain.endsWith("€")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        if (!NUMBER.matcher(plain).matches()) {
            throw new NumberFormatException("not an amount: " + typed);
        }
        return new BigDecimal(plain.replace(',', '.'));
    }

    @Override
    public String print(BigDecimal amount, Locale locale) {
        return number(amount);
    }

    @Override
    public BigDecimal parse(String text, Locale locale) {
        return read(text);
    }
}

package fr.uphf.site.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.uphf.site.shared.Links;
import fr.uphf.site.shared.Money;

/**
 * One editable column of a structured table, with what it accepts. {@link #parse} turns what was typed into the
 * column's value, or names the message key of the error shown next to the field.
 */
public record DataField(String name, Kind kind, boolean required, int min, int max, Supplier<Map<String, String>> options,
        Object blankValue) {

    /** MONEY: an amount in euros; URL: an address printed as a link; EMAIL: an address printed as a mailto: link. */
    public enum Kind { TEXT, TEXTAREA, INTEGER, DECIMAL, MONEY, DATE, ENUM, REFERENCE, BOOLEAN, SET, URL, EMAIL, SLUG }

    /** The value to store, or the error. */
    public record Parsed(Object value, String error) {
        static Parsed ok(Object value) {
            return new Parsed(value, null);
        }

        static Parsed error(String key) {
            return new Parsed(null, key);
        }
    }

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@<>\"()\\[\\]:;,]+@[^\\s@<>\"()\\[\\]:;,]+\\.[a-zA-Z]{2,}");
    private static final Pattern SLUG_TEXT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static DataField text(String name, int max) {
        return new DataField(name, Kind.TEXT, true, 0, max, null, null);
    }

    /** An optional text whose column is nullable. */
    static DataField optionalText(String name, int max) {
        return new DataField(name, Kind.TEXT, false, 0, max, null, null);
    }

    /** An optional text whose column is not nullable: left blank, it is stored as an empty text. */
    static DataField blankableText(String name, int max) {
        return new DataField(name, Kind.TEXT, false, 0, max, null, "");
    }

    static DataField textarea(String name) {
        return new DataField(name, Kind.TEXTAREA, true, 0, 5000, null, null);
    }

    static DataField integer(String name, boolean required, int min, int max) {
        return new DataField(name, Kind.INTEGER, required, min, max, null, null);
    }

    static DataField decimal(String name, boolean required) {
        return new DataField(name, Kind.DECIMAL, required, 0, 0, null, null);
    }

    /** An amount in euros, typed as people write it (« 1 750 », « 175,50 € ») and shown as « 175,50 € ». */
    static DataField money(String name, boolean required) {
        return new DataField(name, Kind.MONEY, required, 0, 0, null, null);
    }

    /** An optional address printed as a link: only https:, http:, mailto: or a path of the site. */
    static DataField url(String name, int max) {
        return new DataField(name, Kind.URL, false, 0, max, null, null);
    }

    /** An optional e-mail address, printed as a mailto: link. */
    static DataField email(String name, int max) {
        return new DataField(name, Kind.EMAIL, false, 0, max, null, null);
    }

    /** The end of a public address: lower-case letters, digits and hyphens. */
    static DataField slug(String name, int max) {
        return new DataField(name, Kind.SLUG, true, 0, max, null, null);
    }

    static DataField date(String name) {
        return new DataField(name, Kind.DATE, true, 0, 0, null, null);
    }

    static DataField choice(String name, Supplier<Map<String, String>> options) {
        return new DataField(name, Kind.ENUM, true, 0, 0, options, null);
    }

    /** One value of a list, optional: left blank, the column is null. */
    static DataField optionalChoice(String name, Supplier<Map<String, String>> options) {
        return new DataField(name, Kind.ENUM, false, 0, 0, options, null);
    }

    /** Yes or no, labelled by {@code labels} (keys "true" and "false"); when not required, blank means "either" (null). */
    static DataField yesNo(String name, boolean required, Map<String, String> labels) {
        return new DataField(name, Kind.BOOLEAN, required, 0, 0, () -> labels, null);
    }

    /** Several values of a list, stored as an array; none selected gives an empty array (or null if optional). */
    static DataField several(String name, boolean required, Supplier<Map<String, String>> options) {
        return new DataField(name, Kind.SET, required, 0, 0, options, required ? new String[0] : null);
    }

    static DataField reference(String name, boolean required, Supplier<Map<String, String>> options) {
        return new DataField(name, Kind.REFERENCE, required, 0, 0, options, null);
    }

    Parsed parse(String raw, Class<?> type) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.isEmpty()) {
            if (required) {
                return Parsed.error("admin.data.error.required");
            }
            return Parsed.ok(blankValue);
        }
        try {
            return switch (kind) {
                case TEXT, TEXTAREA -> typed.length() > max ? Parsed.error("admin.data.error.tooLong") : Parsed.ok(typed);
                case URL -> typed.length() > max ? Parsed.error("admin.data.error.tooLong")
                        : Links.safe(typed) ? Parsed.ok(typed) : Parsed.error("admin.data.error.url");
                case EMAIL -> typed.length() > max ? Parsed.error("admin.data.error.tooLong")
                        : EMAIL_ADDRESS.matcher(typed).matches() ? Parsed.ok(typed) : Parsed.error("admin.data.error.email");
                case SLUG -> typed.length() > max ? Parsed.error("admin.data.error.tooLong")
                        : SLUG_TEXT.matcher(typed).matches() ? Parsed.ok(typed) : Parsed.error("admin.data.error.slug");
                case INTEGER -> {
                    int value = Integer.parseInt(typed);
                    yield value < min || value > max ? Parsed.error("admin.data.error.range") : Parsed.ok(value);
                }
                case DECIMAL, MONEY -> {
                    BigDecimal value = Money.read(typed);
                    yield value.signum() < 0 || value.precision() - value.scale() > 6
                            ? Parsed.error("admin.data.error.range") : Parsed.ok(value);
                }
                case DATE -> Parsed.ok(LocalDate.parse(typed));
                case ENUM -> options.get().containsKey(typed)
                        ? Parsed.ok(type.isEnum() ? enumValue(type, typed) : typed)
                        : Parsed.error("admin.data.error.choice");
                case BOOLEAN -> options.get().containsKey(typed) ? Parsed.ok(Boolean.valueOf(typed))
                        : Parsed.error("admin.data.error.choice");
                case SET -> {
                    String[] values = typed.split(",");
                    yield Arrays.stream(values).allMatch(options.get()::containsKey) ? Parsed.ok(values)
                            : Parsed.error("admin.data.error.choice");
                }
                case REFERENCE -> options.get().containsKey(typed) ? Parsed.ok(Long.valueOf(typed))
                        : Parsed.error("admin.data.error.choice");
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return Parsed.error(kind == Kind.DATE ? "admin.data.error.date" : "admin.data.error.number");
        }
    }

    /** A stored value (of the row or of an older version) as it is typed in the form: « 175,50 » for 175.5. */
    public String input(String value) {
        if ((kind == Kind.MONEY || kind == Kind.DECIMAL) && value != null && !value.isBlank()) {
            try {
                return Money.number(Money.read(value));
            } catch (NumberFormatException typedSo) {
                return value;
            }
        }
        return value;
    }

    /** A stored value as staff read it in the history: « 175,50 € », the label of a code or of a referenced row. */
    public String display(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return switch (kind) {
            case MONEY -> Money.euros(Money.read(value));
            case DECIMAL -> input(value);
            case ENUM, REFERENCE, BOOLEAN -> options.get().getOrDefault(value, value);
            case SET -> Arrays.stream(value.split(",")).map(code -> options.get().getOrDefault(code, code))
                    .collect(Collectors.joining(", "));
            default -> value;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String value) {
        return Enum.valueOf((Class<Enum>) type, value);
    }
}

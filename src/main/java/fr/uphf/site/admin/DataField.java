package fr.uphf.site.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One editable column of a structured table, with what it accepts. {@link #parse} turns what was typed into the
 * column's value, or names the message key of the error shown next to the field.
 */
public record DataField(String name, Kind kind, boolean required, int min, int max, Supplier<Map<String, String>> options,
        Object blankValue) {

    public enum Kind { TEXT, TEXTAREA, INTEGER, DECIMAL, DATE, ENUM, REFERENCE, BOOLEAN, SET }

    /** The value to store, or the error. */
    public record Parsed(Object value, String error) {
        static Parsed ok(Object value) {
            return new Parsed(value, null);
        }

        static Parsed error(String key) {
            return new Parsed(null, key);
        }
    }

    private static final Map<String, String> YES_NO = new LinkedHashMap<>();

    static {
        YES_NO.put("true", "Oui");
        YES_NO.put("false", "Non");
    }

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

    /** Yes or no; when not required, blank means "either" (null). */
    static DataField yesNo(String name, boolean required) {
        return new DataField(name, Kind.BOOLEAN, required, 0, 0, () -> YES_NO, null);
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
                case INTEGER -> {
                    int value = Integer.parseInt(typed);
                    yield value < min || value > max ? Parsed.error("admin.data.error.range") : Parsed.ok(value);
                }
                case DECIMAL -> {
                    BigDecimal value = new BigDecimal(typed.replace(',', '.').replace(" ", ""));
                    yield value.signum() < 0 || value.precision() - value.scale() > 6
                            ? Parsed.error("admin.data.error.range") : Parsed.ok(value);
                }
                case DATE -> Parsed.ok(LocalDate.parse(typed));
                case ENUM -> options.get().containsKey(typed)
                        ? Parsed.ok(type.isEnum() ? enumValue(type, typed) : typed)
                        : Parsed.error("admin.data.error.choice");
                case BOOLEAN -> YES_NO.containsKey(typed) ? Parsed.ok(Boolean.valueOf(typed))
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String value) {
        return Enum.valueOf((Class<Enum>) type, value);
    }
}

package fr.uphf.site.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One editable column of a structured table, with what it accepts. {@link #parse} turns what was typed into the
 * column's value, or names the message key of the error shown next to the field.
 */
public record DataField(String name, Kind kind, boolean required, int min, int max, Supplier<Map<String, String>> options,
        Object blankValue) {

    public enum Kind { TEXT, TEXTAREA, INTEGER, DECIMAL, DATE, ENUM, REFERENCE }

    /** The value to store, or the error. */
    public record Parsed(Object value, String error) {
        static Parsed ok(Object value) {
            return new Parsed(value, null);
        }

        static Parsed error(String key) {
            return new Parsed(null, key);
        }
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
                case ENUM -> options.get().containsKey(typed) ? Parsed.ok(enumValue(type, typed))
                        : Parsed.error("admin.data.error.choice");
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

package fr.uphf.site.admin;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import fr.uphf.site.shared.FormInput;

/**
 * One editable property of a structured table, as the admin lays it out: its name, the kind of input, the options of
 * a list and whether the entity's constraints make it required. Converting and checking what is typed are the
 * binder's and Bean Validation's work, not this record's.
 */
public record DataField(String name, FormInput input, Supplier<Map<String, String>> options, boolean required) {

    static DataField of(String name, FormInput input) {
        return new DataField(name, input, null, false);
    }

    static DataField choice(String name, Supplier<Map<String, String>> options) {
        return new DataField(name, FormInput.CHOICE, options, false);
    }

    static DataField yesNo(String name, Map<String, String> labels) {
        return new DataField(name, FormInput.YES_NO, () -> labels, false);
    }

    static DataField several(String name, Supplier<Map<String, String>> options) {
        return new DataField(name, FormInput.SEVERAL, options, false);
    }

    /** The message key of the blank option of a list that may be left blank: « Indifférent » or « Aucun ». */
    public String blank() {
        return input == FormInput.YES_NO ? "admin.data.either" : "admin.data.noChoice";
    }

    DataField required(boolean required) {
        return new DataField(name, input, options, required);
    }

    /**
     * A printed value (of the row, of a saved version) as staff read it: the label of a code or of a referenced row,
     * an amount with its euro sign.
     */
    public String display(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (input == FormInput.MONEY) {
            return value + "\u202f€";
        }
        if (options == null) {
            return value;
        }
        Map<String, String> labels = options.get();
        return Arrays.stream(value.split(",")).map(code -> labels.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
    }
}

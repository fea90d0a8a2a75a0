package fr.uphf.site.shared;

/**
 * The kinds of input a form field can have; {@code templates/fragments/fields.html} renders each, so that templates
 * never compare kind names as strings.
 */
public enum FormInput {

    TEXT, TEXTAREA, NUMBER, DECIMAL, MONEY, DATE, URL, EMAIL, PASSWORD,
    /** A day and a time, typed in the university's time zone. */
    DATE_TIME,
    /** A long text written in Markdown, such as the body of a page. */
    MARKDOWN,
    /** One value of a list. */
    CHOICE,
    /** Yes or no. */
    YES_NO,
    /** Several values of a list, as checkboxes. */
    SEVERAL;

    public boolean textarea() {
        return this == TEXTAREA || this == MARKDOWN;
    }

    /** The height of a text area, in lines. */
    public int rows() {
        return this == MARKDOWN ? 20 : 6;
    }

    public boolean select() {
        return this == CHOICE || this == YES_NO;
    }

    public boolean checkboxes() {
        return this == SEVERAL;
    }

    /** An {@code <input>}: neither a text area nor a list. */
    public boolean single() {
        return !textarea() && !select() && !checkboxes();
    }

    /** The {@code type} of the {@code <input>}. */
    public String type() {
        return switch (this) {
            case NUMBER -> "number";
            case DATE -> "date";
            case DATE_TIME -> "datetime-local";
            case PASSWORD -> "password";
            default -> "text";
        };
    }

    /** The virtual keyboard a phone offers, or null. */
    public String inputmode() {
        return switch (this) {
            case DECIMAL, MONEY -> "decimal";
            case URL -> "url";
            case EMAIL -> "email";
            default -> null;
        };
    }
}

package fr.uphf.site.translation;

/**
 * A text as a visitor reads it in the language of the page: the translation, or the French when there is none (or none
 * for the French as it reads now), in which case the page marks it as French ({@link #lang()}).
 */
public record Localized(String text, boolean french) {

    /** The lang attribute the text needs on an English page: "fr" for French shown there, none otherwise. */
    public String lang() {
        return french ? "fr" : null;
    }
}

package fr.uphf.site.content;

import java.time.LocalDate;

/**
 * A page's text in the language of the visitor: in English, its translation when it has one ({@link State#CURRENT},
 * or {@link State#OUTDATED} when the French changed after it, on {@code frenchUpdatedOn}), otherwise the French,
 * marked as such ({@link State#FRENCH_ONLY}).
 */
public record PageText(String title, String description, String html, State state, LocalDate frenchUpdatedOn) {

    public enum State { FRENCH, CURRENT, OUTDATED, FRENCH_ONLY }

    /** The lang attribute of the page's text when it is not in the page's language. */
    public String lang() {
        return state == State.FRENCH_ONLY ? "fr" : null;
    }

    public boolean outdated() {
        return state == State.OUTDATED;
    }

    public boolean frenchOnly() {
        return state == State.FRENCH_ONLY;
    }
}

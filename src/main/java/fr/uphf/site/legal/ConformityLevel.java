package fr.uphf.site.legal;

/**
 * The state of conformity a rate gives under the RGAA: « totalement conforme » only when every criterion that applies
 * is met, « partiellement conforme » from 50 %, « non conforme » below. Its texts are the messages
 * a11y.level.NAME (the statement) and footer.accessibility.NAME (the footer of every page).
 */
public enum ConformityLevel {
    TOTAL,
    PARTIAL,
    NONE;

    /** Decided on the counts themselves, so that a rounded rate (99.96 % shown as 100,0 %) never rounds up a level. */
    static ConformityLevel of(long met, long applicable) {
        if (met == applicable) {
            return TOTAL;
        }
        return met * 2 >= applicable ? PARTIAL : NONE;
    }
}

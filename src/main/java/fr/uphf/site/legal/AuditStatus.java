package fr.uphf.site.legal;

import java.util.Arrays;

/** The status of a criterion in the audit grid, as written there. « à vérifier » counts as not met in the rate. */
public enum AuditStatus {
    MET("conforme"),
    NOT_MET("non conforme"),
    TO_CHECK("à vérifier"),
    NOT_APPLICABLE("non applicable");

    private final String written;

    AuditStatus(String written) {
        this.written = written;
    }

    /** The status a cell of the grid gives (bold or not), or an error naming the cell. */
    static AuditStatus of(String cell) {
        String text = cell.replace("*", "").strip();
        return Arrays.stream(values()).filter(status -> status.written.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown status « " + cell + " » in the audit grid"));
    }

    String written() {
        return written;
    }

    boolean applicable() {
        return this != NOT_APPLICABLE;
    }
}

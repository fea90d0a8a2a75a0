package fr.uphf.site.legal;

/** One of the 106 criteria of the grid: its number (theme.criterion), its status, how it was tested and why. */
public record AuditCriterion(int theme, int number, AuditStatus status, String test, String evidence) {

    public String id() {
        return theme + "." + number;
    }
}

package fr.uphf.site.admin;

/** What the audit log records. */
public enum AuditAction {
    CREATE,
    EDIT,
    PUBLISH,
    SCHEDULE,
    UNPUBLISH,
    RESTORE,
    DELETE,
    REORDER,
    ENABLE,
    DISABLE,
    PASSWORD_RESET,
    LOGIN,
    LOGIN_FAILED,
    LOGIN_REFUSED
}

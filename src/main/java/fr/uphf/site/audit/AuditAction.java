package fr.uphf.site.audit;

/** What the audit log records. */
public enum AuditAction {
    CREATE,
    EDIT,
    PUBLISH,
    SCHEDULE,
    UNPUBLISH,
    RESTORE,
    DELETE,
    TRASH_RESTORE,
    TRASH_PURGE,
    SCHEDULE_CANCEL,
    REORDER,
    ENABLE,
    DISABLE,
    PASSWORD_RESET,
    PASSWORD_CHANGE,
    ROLE_CHANGE,
    UNLOCK,
    LOGIN,
    LOGIN_FAILED,
    LOGIN_REFUSED,
    TRANSLATION_CURRENT
}

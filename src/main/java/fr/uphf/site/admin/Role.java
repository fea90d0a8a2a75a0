package fr.uphf.site.admin;

/** EDITOR edits and publishes content; ADMIN also manages accounts and reads the audit log. */
public enum Role {
    EDITOR,
    ADMIN
}

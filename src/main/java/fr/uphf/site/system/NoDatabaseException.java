package fr.uphf.site.system;

import java.util.List;

/** No PostgreSQL could be had: what was tried, and whether it was a database the user configured. */
class NoDatabaseException extends RuntimeException {

    private final transient List<String> tried;
    private final boolean configured;

    NoDatabaseException(List<String> tried, boolean configured) {
        super("no database: " + String.join("; ", tried));
        this.tried = List.copyOf(tried);
        this.configured = configured;
    }

    List<String> tried() {
        return tried;
    }

    boolean configured() {
        return configured;
    }
}

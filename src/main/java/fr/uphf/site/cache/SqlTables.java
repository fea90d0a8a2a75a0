package fr.uphf.site.cache;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables an SQL statement reads or writes, as far as the site's own SQL goes (Hibernate's, the repositories' and
 * JdbcClient's statements). Reading a word for a table by mistake (the {@code from} of {@code extract(year from …)})
 * only costs a page an extra refresh; missing a table would keep a page stale, so every {@code from} and {@code join}
 * counts.
 */
final class SqlTables {

    private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+\"?([a-z_][a-z0-9_]*)\"?(?:\\.\"?([a-z_][a-z0-9_]*)\"?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITTEN = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(?:\\s+table)?)\\s+(?:only\\s+)?\"?([a-z_][a-z0-9_]*)\"?(?:\\.\"?([a-z_][a-z0-9_]*)\"?)?",
            Pattern.CASE_INSENSITIVE);

    private SqlTables() {
    }

    static Set<String> read(String sql) {
        Set<String> tables = new LinkedHashSet<>();
        Matcher matcher = READ.matcher(sql);
        while (matcher.find()) {
            tables.add(table(matcher));
        }
        return tables;
    }

    static Optional<String> written(String sql) {
        Matcher matcher = WRITTEN.matcher(sql);
        return matcher.find() ? Optional.of(table(matcher)) : Optional.empty();
    }

    /** The table's own name, without its schema. */
    private static String table(Matcher matcher) {
        String name = matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
        return name.toLowerCase(Locale.ROOT);
    }
}

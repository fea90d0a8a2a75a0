package fr.uphf.site.shared;

import java.text.ParseException;
import java.util.Locale;

import org.springframework.data.repository.CrudRepository;
import org.springframework.format.Formatter;

/**
 * A row that another row refers to, in a form: printed as its id, parsed from an id into the row; an unknown id is a
 * field error (a type mismatch). One subclass per referenced type, in its own area, registered as a bean.
 */
public abstract class RowFormatter<T extends AuditedEntity> implements Formatter<T> {

    private final CrudRepository<T, Long> rows;

    protected RowFormatter(CrudRepository<T, Long> rows) {
        this.rows = rows;
    }

    @Override
    public String print(T row, Locale locale) {
        return String.valueOf(row.getId());
    }

    @Override
    public T parse(String id, Locale locale) throws ParseException {
        try {
            return rows.findById(Long.valueOf(id)).orElseThrow(() -> new ParseException("no row " + id, 0));
        } catch (NumberFormatException notAnId) {
            throw new ParseException("not an id: " + id, 0);
        }
    }
}

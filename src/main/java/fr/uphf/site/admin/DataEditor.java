package fr.uphf.site.admin;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.uphf.site.audit.AuditAction;
import fr.uphf.site.audit.AuditLog;
import fr.uphf.site.audit.Revision;
import fr.uphf.site.audit.RevisionRepository;
import fr.uphf.site.audit.Trash;
import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Creates, edits, reorders and deletes rows of the structured tables; each change writes a revision and an audit entry. */
@Service
public class DataEditor {

    /** A row as the admin shows it: its id, version, label and the text of each editable column. */
    public record Row(Long id, Long version, String label, Map<String, String> values) {
    }

    /** The outcome of a save: the saved row's id, or the error message key of each field that was refused. */
    public record Saved(Long id, Map<String, String> errors) {
    }

    /** A save started from an older version of the row than the one now stored. */
    public static class StaleRowException extends RuntimeException {

        private final transient Row current;

        StaleRowException(Row current) {
            super("stale row");
            this.current = current;
        }

        public Row current() {
            return current;
        }
    }

    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final Trash trash;
    private final EntityManager entities;

    DataEditor(RevisionRepository revisions, AuditLog audit, JsonMapper json, Clock clock, Trash trash,
            EntityManager entities) {
        this.revisions = revisions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.trash = trash;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public <T> List<Row> list(DataType<T> type) {
        return type.repository().findAll(type.order()).stream().map(entity -> row(type, entity)).toList();
    }

    @Transactional(readOnly = true)
    public <T> Row get(DataType<T> type, long id) {
        return row(type, find(type, id));
    }

    /** Saves a new row ({@code id} null) or an existing one, when every field is valid and the row has not changed since. */
    @Transactional
    public <T> Saved save(DataType<T> type, Long id, Map<String, String> input, Long version) {
        T entity = id == null ? BeanUtils.instantiateClass(type.entityClass()) : lock(type, id);
        if (id != null && entity instanceof AuditedEntity editable && (version == null || editable.getVersion() != version)) {
            throw new StaleRowException(row(type, entity));
        }
        DirectFieldAccessor accessor = new DirectFieldAccessor(entity);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (DataField field : type.fields()) {
            DataField.Parsed parsed = field.parse(input.get(field.name()), accessor.getPropertyType(field.name()));
            if (parsed.error() != null) {
                errors.put(field.name(), parsed.error());
            } else {
                values.put(field.name(), parsed.value());
            }
        }
        if (!errors.isEmpty()) {
            return new Saved(id, errors);
        }
        if (id != null) {
            keepOriginal(type, entity);
        }
        values.forEach(accessor::setPropertyValue);
        T saved = type.repository().saveAndFlush(entity);
        Row row = row(type, saved);
        Revision revision = revisions.save(new Revision(type.slug(), row.id(), json.writeValueAsString(row.values()),
                AuditLog.currentUsername(), clock.instant()));
        audit.record(id == null ? AuditAction.CREATE : AuditAction.EDIT, type.slug(), row.id(), row.label(),
                revision.getId());
        return new Saved(row.id(), Map.of());
    }

    /** A saved version of a row: its revision and the text of each column then. */
    public record Version(Revision revision, Map<String, String> values) {
    }

    /** The saved versions of a row, newest first. */
    @Transactional(readOnly = true)
    public <T> List<Version> history(DataType<T> type, long id) {
        find(type, id);
        return revisions.findByObjectTypeAndObjectIdOrderByCreatedAtDescIdDesc(type.slug(), id).stream()
                .map(revision -> new Version(revision, read(revision)))
                .toList();
    }

    /** The values of one saved version of a row, to fill the form with: restoring is saving them again. */
    @Transactional(readOnly = true)
    public <T> Map<String, String> version(DataType<T> type, long id, long revisionId) {
        return revisions.findById(revisionId)
                .filter(revision -> revision.getObjectType().equals(type.slug()) && revision.getObjectId() == id)
                .map(this::read)
                .orElseThrow(() -> new NotFoundException("révision " + revisionId));
    }

    private Map<String, String> read(Revision revision) {
        Map<String, String> values = new LinkedHashMap<>();
        json.readTree(revision.getSnapshot()).properties()
                .forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
        return values;
    }

    /** Moves the row to the trash, with the rows that belong to it; refused by the database while others use it. */
    @Transactional
    public <T> void delete(DataType<T> type, long id) {
        T entity = lock(type, id);
        trash.put(type.slug(), type.table(), id, type.labelOf(entity));
    }

    /** Moves a row one place up ({@code -1}) or down ({@code +1}) in its table's order, renumbering the rows. */
    @Transactional
    public <T> void move(DataType<T> type, long id, int direction) {
        List<T> rows = new ArrayList<>(type.repository().findAll(type.order()));
        int from = indexOf(rows, id);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        rows.add(to, rows.remove(from));
        for (int position = 0; position < rows.size(); position++) {
            DirectFieldAccessor accessor = new DirectFieldAccessor(rows.get(position));
            if (!Integer.valueOf((position + 1) * 10).equals(accessor.getPropertyValue("sortOrder"))) {
                accessor.setPropertyValue("sortOrder", (position + 1) * 10);
            }
        }
        audit.record(AuditAction.REORDER, type.slug(), id, type.labelOf(rows.get(to)), null);
    }

    private <T> int indexOf(List<T> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (Long.valueOf(id).equals(new DirectFieldAccessor(rows.get(i)).getPropertyValue("id"))) {
                return i;
            }
        }
        return -1;
    }

    /** A row never edited here (seeded content) gets its first revision, its original values, before it changes. */
    private <T> void keepOriginal(DataType<T> type, T entity) {
        Row original = row(type, entity);
        if (!revisions.existsByObjectTypeAndObjectId(type.slug(), original.id())) {
            revisions.save(new Revision(type.slug(), original.id(), json.writeValueAsString(original.values()),
                    Revision.ORIGINAL_AUTHOR, ((AuditedEntity) entity).getUpdatedAt()));
        }
    }

    /** Loads a row for a change, locking it until the transaction ends: a concurrent save waits, then is refused. */
    private <T> T lock(DataType<T> type, long id) {
        T entity = entities.find(type.entityClass(), id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException(type.slug() + " " + id);
        }
        return entity;
    }

    private <T> T find(DataType<T> type, long id) {
        return type.repository().findById(id).orElseThrow(() -> new NotFoundException(type.slug() + " " + id));
    }

    private <T> Row row(DataType<T> type, T entity) {
        DirectFieldAccessor accessor = new DirectFieldAccessor(entity);
        Map<String, String> values = new LinkedHashMap<>();
        for (DataField field : type.fields()) {
            values.put(field.name(), text(accessor.getPropertyValue(field.name())));
        }
        Long version = entity instanceof AuditedEntity editable ? editable.getVersion() : null;
        return new Row((Long) accessor.getPropertyValue("id"), version, type.labelOf(entity), values);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof String[] values) {
            return String.join(",", values);
        }
        return value.toString();
    }
}

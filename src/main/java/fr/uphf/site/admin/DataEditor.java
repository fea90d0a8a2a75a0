package fr.uphf.site.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import fr.uphf.site.audit.AuditAction;
import fr.uphf.site.audit.AuditLog;
import fr.uphf.site.audit.Revision;
import fr.uphf.site.audit.RevisionRepository;
import fr.uphf.site.audit.Trash;
import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.NotFoundException;
import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Hibernate;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates, edits, reorders and deletes rows of the structured tables; each change writes a revision (the row's fields
 * as its form prints them) and an audit entry.
 */
@Service
public class DataEditor {

    /** A row as the admin shows it: its id, version, label and each field as its form prints it. */
    public record Row(Long id, long version, String label, Map<String, String> values) {
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
    private final DataBinding binding;

    DataEditor(RevisionRepository revisions, AuditLog audit, JsonMapper json, Clock clock, Trash trash,
            EntityManager entities, DataBinding binding) {
        this.revisions = revisions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.trash = trash;
        this.entities = entities;
        this.binding = binding;
    }

    @Transactional(readOnly = true)
    public <T extends AuditedEntity> List<Row> list(DataType<T> type) {
        return type.repository().findAll(type.order()).stream().map(entity -> row(type, entity)).toList();
    }

    @Transactional(readOnly = true)
    public <T extends AuditedEntity> Row get(DataType<T> type, long id) {
        return row(type, find(type, id));
    }

    /**
     * A row to fill a form with, or to bind a form onto before {@link #save} writes it; the rows it refers to are
     * loaded too, since the form's lists compare them with their options once the transaction is over.
     */
    @Transactional(readOnly = true)
    public <T extends AuditedEntity> T find(DataType<T> type, long id) {
        T row = type.repository().findById(id).orElseThrow(() -> new NotFoundException(type.slug() + " " + id));
        BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(row);
        for (DataField field : type.fields()) {
            Hibernate.initialize(fields.getPropertyValue(field.name()));
        }
        return row;
    }

    /**
     * Saves a new row ({@code id} null) or the fields of {@code edited}, bound and checked beforehand, onto a stored
     * one: that row is locked until the transaction ends, so that a concurrent save waits, then finds that the row
     * changed since its form was shown ({@code version}) and is refused.
     *
     * @return the id of the saved row
     */
    @Transactional
    public <T extends AuditedEntity> long save(DataType<T> type, Long id, Long version, AuditedEntity edited) {
        T current = id == null ? type.create() : lock(type, id);
        if (id != null) {
            if (version == null || current.getVersion() != version) {
                throw new StaleRowException(row(type, current));
            }
            keepOriginal(type, current);
        }
        copy(type, edited, current);
        Row row = row(type, type.repository().saveAndFlush(current));
        Revision revision = revisions.save(new Revision(type.slug(), row.id(), json.writeValueAsString(row.values()),
                AuditLog.currentUsername(), clock.instant()));
        audit.record(id == null ? AuditAction.CREATE : AuditAction.EDIT, type.slug(), row.id(), row.label(),
                revision.getId());
        return row.id();
    }

    /** A saved version of a row: its revision and the text of each column then. */
    public record Version(Revision revision, Map<String, String> values) {
    }

    /** The saved versions of a row, newest first. */
    @Transactional(readOnly = true)
    public <T extends AuditedEntity> List<Version> history(DataType<T> type, long id) {
        find(type, id);
        return revisions.findByObjectTypeAndObjectIdOrderByCreatedAtDescIdDesc(type.slug(), id).stream()
                .map(revision -> new Version(revision, read(revision)))
                .toList();
    }

    /** The values of one saved version of a row, to bind onto its form: restoring is saving them again. */
    @Transactional(readOnly = true)
    public Map<String, String> version(DataType<?> type, long id, long revisionId) {
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
    public <T extends AuditedEntity> void delete(DataType<T> type, long id) {
        T entity = lock(type, id);
        trash.put(type.slug(), type.table(), id, type.labelOf(entity));
    }

    /** Moves a row one place up ({@code -1}) or down ({@code +1}) in its table's order, renumbering the rows. */
    @Transactional
    public <T extends AuditedEntity> void move(DataType<T> type, long id, int direction) {
        List<T> rows = new ArrayList<>(type.repository().findAll(type.order()));
        int from = IntStream.range(0, rows.size()).filter(i -> rows.get(i).getId() == id).findFirst().orElse(-1);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        rows.add(to, rows.remove(from));
        for (int position = 0; position < rows.size(); position++) {
            OrderedEntity row = (OrderedEntity) rows.get(position);
            if (row.getSortOrder() != (position + 1) * 10) {
                row.setSortOrder((position + 1) * 10);
            }
        }
        audit.record(AuditAction.REORDER, type.slug(), id, type.labelOf(rows.get(to)), null);
    }

    /** A row never edited here (seeded content) gets its first revision, its original values, before it changes. */
    private <T extends AuditedEntity> void keepOriginal(DataType<T> type, T entity) {
        if (!revisions.existsByObjectTypeAndObjectId(type.slug(), entity.getId())) {
            revisions.save(new Revision(type.slug(), entity.getId(), json.writeValueAsString(binding.print(type, entity)),
                    Revision.ORIGINAL_AUTHOR, entity.getUpdatedAt()));
        }
    }

    /** Loads a row for a change, locking it until the transaction ends: a concurrent save waits, then is refused. */
    private <T extends AuditedEntity> T lock(DataType<T> type, long id) {
        T entity = entities.find(type.entityClass(), id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException(type.slug() + " " + id);
        }
        return entity;
    }

    /**
     * Sets the fields of the row to be saved to those of the edited one, bound and checked beforehand; the rows it
     * refers to are taken from this transaction.
     */
    private void copy(DataType<?> type, AuditedEntity edited, AuditedEntity saved) {
        BeanWrapper from = PropertyAccessorFactory.forBeanPropertyAccess(edited);
        BeanWrapper to = PropertyAccessorFactory.forBeanPropertyAccess(saved);
        for (DataField field : type.fields()) {
            Object value = from.getPropertyValue(field.name());
            to.setPropertyValue(field.name(), value instanceof AuditedEntity referenced
                    ? entities.getReference(Hibernate.getClass(referenced), referenced.getId()) : value);
        }
    }

    private <T extends AuditedEntity> Row row(DataType<T> type, T entity) {
        return new Row(entity.getId(), entity.getVersion(), type.labelOf(entity), binding.print(type, entity));
    }
}

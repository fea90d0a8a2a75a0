package fr.uphf.site.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.uphf.site.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where deleted pages and data rows go. Deleting copies the row as JSON, with the rows the database deletes along
 * with it ({@code on delete cascade}) and the links it clears ({@code on delete set null}), then deletes it; restoring
 * inserts them again, parents first, with their ids, so that their revisions and history still apply. Rows that
 * other rows still use are not deleted: the database refuses, as before.
 */
@Service
public class Trash {

    /** A deleted object, as the trash lists it. */
    public record Item(long id, String objectType, long objectId, String label, String deletedBy, Instant deletedAt) {

        public boolean isPage() {
            return PAGE.equals(objectType);
        }

        /** Where staff edit the object once restored: a page, a medium, or a row of the structured data. */
        public String adminPath() {
            return switch (objectType) {
                case PAGE -> "/admin/pages/" + objectId;
                case MEDIA -> "/admin/medias/" + objectId;
                default -> "/admin/donnees/" + objectType + "/" + objectId;
            };
        }
    }

    /** The object type of pages in the trash, the revisions and the audit log. */
    public static final String PAGE = "page";

    /** The object type of the media library's images and documents. */
    public static final String MEDIA = "media";

    private static final String ITEMS = "select id, object_type, object_id, label, deleted_by, deleted_at from trash_item";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

    /** Foreign keys pointing at a table: the referencing table and column, the referenced column, the delete rule. */
    private static final String REFERENCES = """
            select child.relname::text as child_table, child_column.attname::text as child_column,
                   parent_column.attname::text as parent_column, c.confdeltype::text as rule
            from pg_constraint c
            join pg_class child on child.oid = c.conrelid
            join pg_attribute child_column on child_column.attrelid = c.conrelid and child_column.attnum = c.conkey[1]
            join pg_attribute parent_column on parent_column.attrelid = c.confrelid and parent_column.attnum = c.confkey[1]
            where c.contype = 'f' and c.confrelid = ?::regclass and c.confdeltype in ('c', 'n')
            order by child.relname, child_column.attname""";

    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final AuditLog audit;
    private final Clock clock;

    Trash(JdbcTemplate jdbc, EntityManager entities, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Moves a row of {@code table} to the trash and deletes it, in the caller's transaction; a row still used
     * elsewhere makes the database refuse (a {@code DataIntegrityViolationException}) and nothing is changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void put(String objectType, String table, long id, String label) {
        entities.flush();
        List<String> content = new ArrayList<>();
        capture(identifier(table), "t.id = ?", id, content);
        if (content.isEmpty()) {
            throw new NotFoundException(objectType + " " + id);
        }
        jdbc.update("delete from " + table + " where id = ?", id);
        entities.clear();
        jdbc.update("""
                insert into trash_item (object_type, object_id, label, content, deleted_by, deleted_at)
                values (?, ?, ?, ?::jsonb, ?, ?)""", objectType, id, truncate(label), "[" + String.join(",", content) + "]",
                AuditLog.currentUsername(), Timestamp.from(clock.instant()));
        audit.record(AuditAction.DELETE, objectType, id, label, null);
    }

    @Transactional(readOnly = true)
    public List<Item> items() {
        return jdbc.query(ITEMS + " order by deleted_at desc, id desc", Trash::item);
    }

    /** Puts a deleted object back as it was; refused by the database if its place was taken meanwhile. */
    @Transactional
    public Item restore(long itemId) {
        Item item = item(itemId);
        List<Map<String, Object>> entries = jdbc.queryForList("""
                select e->>'table' as tbl, e->>'column' as col, (e->'row')::text as row_json,
                       (e->'value')::text as value_json, (e->'ids')::text as ids_json
                from trash_item, jsonb_array_elements(content) with ordinality as entry(e, position)
                where trash_item.id = ? order by position""", itemId);
        for (Map<String, Object> entry : entries) {
            String table = identifier((String) entry.get("tbl"));
            if (entry.get("row_json") != null) {
                String columns = String.join(", ", jdbc.queryForList("""
                        select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
                        order by ordinal_position""", String.class, table));
                jdbc.update("insert into " + table + " (" + columns + ") select " + columns
                        + " from jsonb_populate_record(null::" + table + ", ?::jsonb)", entry.get("row_json"));
            } else {
                String column = identifier((String) entry.get("col"));
                jdbc.update("update " + table + " set " + column + " = (jsonb_populate_record(null::" + table
                        + ", jsonb_build_object(?::text, ?::jsonb)))." + column
                        + " where " + column + " is null and id in (select jsonb_array_elements_text(?::jsonb)::bigint)",
                        column, entry.get("value_json"), entry.get("ids_json"));
            }
        }
        jdbc.update("delete from trash_item where id = ?", itemId);
        audit.record(AuditAction.TRASH_RESTORE, item.objectType(), item.objectId(), item.label(), null);
        return item;
    }

    /** Deletes everything in the trash for good. */
    @Transactional
    public int empty() {
        List<Item> all = items();
        all.forEach(item -> audit.record(AuditAction.TRASH_PURGE, item.objectType(), item.objectId(), item.label(), null));
        jdbc.update("delete from trash_item");
        return all.size();
    }

    private Item item(long itemId) {
        return jdbc.query(ITEMS + " where id = ?", Trash::item, itemId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("corbeille " + itemId));
    }

    private static Item item(ResultSet row, int number) throws SQLException {
        return new Item(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5),
                row.getTimestamp(6).toInstant());
    }

    /**
     * Adds the rows of {@code table} that match {@code condition} (on alias {@code t}), each followed by the rows that
     * its deletion would delete and the links it would clear.
     */
    private void capture(String table, String condition, Object argument, List<String> content) {
        List<String> rows = jdbc.queryForList("select to_jsonb(t)::text from " + table + " t where " + condition,
                String.class, argument);
        List<Map<String, Object>> references = rows.isEmpty() ? List.of() : jdbc.queryForList(REFERENCES, table);
        for (String row : rows) {
            content.add(jdbc.queryForObject("select jsonb_build_object('table', ?::text, 'row', ?::jsonb)::text",
                    String.class, table, row));
            for (Map<String, Object> reference : references) {
                String child = identifier((String) reference.get("child_table"));
                String column = identifier((String) reference.get("child_column"));
                String parentColumn = identifier((String) reference.get("parent_column"));
                String pointsHere = "t." + column + " = (jsonb_populate_record(null::" + table + ", ?::jsonb))."
                        + parentColumn;
                if ("c".equals(reference.get("rule"))) {
                    capture(child, pointsHere, row, content);
                } else {
                    content.addAll(jdbc.queryForList("select jsonb_build_object('table', ?::text, 'column', ?::text,"
                            + " 'value', (?::jsonb)->?, 'ids', jsonb_agg(t.id))::text from " + child + " t where "
                            + pointsHere + " having count(*) > 0", String.class, child, column, row, parentColumn,
                            row));
                }
            }
        }
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a table or column name: " + name);
        }
        return name;
    }

    private static String truncate(String label) {
        return label.length() <= 300 ? label : label.substring(0, 300);
    }
}

package fr.uphf.site.media;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Files received with a form that had to be shown again (table media_upload): kept for their author's next save of
 * that form, for a day at most.
 */
@Repository
class PendingUploads {

    record Pending(byte[] content, String originalName) {
    }

    private final JdbcTemplate jdbc;

    PendingUploads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UUID keep(byte[] content, String originalName, String author) {
        jdbc.update("delete from media_upload where created_at < now() - interval '1 day'");
        UUID id = UUID.randomUUID();
        jdbc.update("insert into media_upload (id, content, original_name, created_by) values (?, ?, ?, ?)", id,
                content, originalName, author);
        return id;
    }

    /** The file, if it is still kept and was sent by this author. */
    Optional<Pending> find(UUID id, String author) {
        return jdbc.query("select content, original_name from media_upload where id = ? and created_by = ?",
                (row, number) -> new Pending(row.getBytes(1), row.getString(2)), id, author).stream().findFirst();
    }

    void drop(UUID id) {
        jdbc.update("delete from media_upload where id = ?", id);
    }
}

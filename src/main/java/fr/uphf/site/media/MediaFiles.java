package fr.uphf.site.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The files the library serves (table media_file), read and written with plain SQL to keep their bytes out of JPA. */
@Repository
class MediaFiles {

    /** A file served, without its bytes: what a page needs to write srcset, width and height. */
    record FileInfo(long mediaId, int width, int height, MediaFormat format) {
    }

    /** A file's bytes, with the fingerprint of the medium's current file. */
    record Content(byte[] bytes, MediaFormat format, String fingerprint, String originalName) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    MediaFiles(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Puts the variants of a new or replaced file in place of the medium's previous ones. */
    void replace(long mediaId, List<StoredFile.Variant> variants) {
        jdbc.update("delete from media_file where media_id = ?", mediaId);
        jdbc.batchUpdate("insert into media_file (media_id, width, height, format, content) values (?, ?, ?, ?, ?)",
                variants, variants.size(), (statement, variant) -> {
                    statement.setLong(1, mediaId);
                    statement.setInt(2, variant.width());
                    statement.setInt(3, variant.height());
                    statement.setString(4, variant.format().code());
                    statement.setBytes(5, variant.content());
                });
    }

    List<FileInfo> infos(Collection<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return List.of();
        }
        return named.query("select media_id, width, height, format from media_file where media_id in (:ids)"
                        + " order by media_id, width, format",
                java.util.Map.of("ids", mediaIds), (row, number) -> new FileInfo(row.getLong(1), row.getInt(2),
                        row.getInt(3), MediaFormat.ofCode(row.getString(4))));
    }

    /** One file of a medium, by width and format. */
    Optional<Content> content(String slug, int width, MediaFormat format) {
        return jdbc.query("""
                select f.content, m.fingerprint, m.original_name from media_file f join media m on m.id = f.media_id
                where m.slug = ? and f.width = ? and f.format = ?""", (row, number) -> new Content(row.getBytes(1),
                format, row.getString(2), row.getString(3)), slug, width, format.code()).stream().findFirst();
    }

    /** The file that a medium's own address serves: a document, or an image's largest variant in its fallback format. */
    Optional<Content> main(String slug) {
        return jdbc.query("""
                select f.content, f.format, m.fingerprint, m.original_name from media_file f join media m on m.id = f.media_id
                where m.slug = ? and f.format <> 'webp' order by f.width desc limit 1""",
                (row, number) -> new Content(row.getBytes(1), MediaFormat.ofCode(row.getString(2)), row.getString(3),
                        row.getString(4)), slug).stream().findFirst();
    }
}

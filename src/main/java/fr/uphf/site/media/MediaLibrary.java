package fr.uphf.site.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.uphf.site.audit.AuditAction;
import fr.uphf.site.audit.AuditLog;
import fr.uphf.site.audit.Trash;
import fr.uphf.site.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;

/**
 * The media library's rules: what a medium must say (an image its alternative text in French and in English, or that
 * it is decorative), what file it may have (type, size, an image replaced by an image), that its address never
 * changes while a page uses it, and that a medium in use cannot be deleted. Every change is in the journal.
 */
@Service
public class MediaLibrary {

    private static final String OBJECT_TYPE = Trash.MEDIA;

    /** A medium of the list, with the number of pages that show it. */
    public record Listed(Media media, int pages) {
    }

    /** A page that shows a medium (its live text or its English). */
    public record Use(long pageId, String title) {
    }

    /**
     * What a save gives: the medium saved, or nothing (the form is shown again with its errors) and the file the form
     * sent, kept for its next try, if the file itself was right.
     */
    public record Saved(Media media, UUID upload) {

        public boolean done() {
            return media != null;
        }
    }

    /** Pages whose French or English body refers to the medium's address, the whole slug and nothing longer. */
    private static final String USES = """
            select m.id as media_id, p.id as page_id, p.title from media m
            join page p on p.body_markdown ~ ('/medias/' || m.slug || '([^a-z0-9-]|$)')
                 or exists (select 1 from translation t where t.object_type = 'page' and t.object_id = p.id
                            and t.field = 'bodyMarkdown' and t.text ~ ('/medias/' || m.slug || '([^a-z0-9-]|$)'))
            """;

    private final MediaRepository media;
    private final MediaFiles files;
    private final MediaProcessor processor;
    private final PendingUploads pending;
    private final AuditLog audit;
    private final Trash trash;
    private final JdbcTemplate jdbc;
    private final DataSize maxSize;

    MediaLibrary(MediaRepository media, MediaFiles files, MediaProcessor processor, PendingUploads pending,
            AuditLog audit, Trash trash, JdbcTemplate jdbc, @Value("${uphf.media.max-size:10MB}") DataSize maxSize) {
        this.media = media;
        this.files = files;
        this.processor = processor;
        this.pending = pending;
        this.audit = audit;
        this.trash = trash;
        this.jdbc = jdbc;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    @Transactional(readOnly = true)
    public List<Listed> list(String words) {
        List<Media> found = words == null || words.isBlank() ? media.findAllByOrderByUpdatedAtDescIdDesc()
                : media.search(words.trim());
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select media_id, count(distinct page_id) from (" + USES + ") uses group by media_id",
                row -> {
                    counts.put(row.getLong(1), row.getInt(2));
                });
        return found.stream().map(medium -> new Listed(medium, counts.getOrDefault(medium.getId(), 0))).toList();
    }

    /** The media at these addresses' ends (slugs); those not in the library are left out. */
    @Transactional(readOnly = true)
    public List<Media> withSlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : media.findBySlugIn(slugs);
    }

    @Transactional(readOnly = true)
    public Media get(long id) {
        return media.findById(id).orElseThrow(() -> new NotFoundException("média " + id));
    }

    @Transactional(readOnly = true)
    public List<Use> uses(Media medium) {
        return jdbc.query("select distinct page_id, title from (" + USES + ") uses where media_id = ? order by title",
                (row, number) -> new Use(row.getLong(1), row.getString(2)), medium.getId());
    }

    /**
     * Saves a new medium ({@code id} null) or changes one, file included when one was chosen; with errors, nothing is
     * saved and the form comes back, keeping a valid file it sent for the next try.
     */
    @Transactional
    public Saved save(Long id, MediaForm typed, Errors errors) {
        Media existing = id == null ? null : get(id);
        MediaForm form = typed.withSlug(typed.slugOrFromTitle());
        String author = AuditLog.currentUsername();
        Optional<PendingUploads.Pending> received = received(form, author, errors);
        StoredFile stored = received.map(file -> process(file.content(), errors)).orElse(null);
        if (existing == null && received.isEmpty() && !errors.hasFieldErrors("file")) {
            errors.rejectValue("file", "admin.media.error.noFile");
        }
        if (existing != null && stored != null && stored.kind() != existing.getKind()) {
            errors.rejectValue("file", "admin.media.error.kind." + existing.getKind());
        }
        MediaKind kind = existing != null ? existing.getKind() : stored != null ? stored.kind() : null;
        check(existing, kind, form, errors);
        if (errors.hasErrors()) {
            if (stored == null || errors.hasFieldErrors("file")) {
                return new Saved(null, null);
            }
            return new Saved(null, form.hasFile()
                    ? pending.keep(received.get().content(), received.get().originalName(), author) : form.upload());
        }
        Media medium = existing != null ? existing : new Media(kind);
        medium.describe(form);
        if (stored != null) {
            medium.replaceFile(stored, received.get().originalName());
        }
        media.saveAndFlush(medium);
        if (stored != null) {
            files.replace(medium.getId(), stored.variants());
        }
        if (form.upload() != null) {
            pending.drop(form.upload());
        }
        audit.record(existing == null ? AuditAction.CREATE : AuditAction.EDIT, OBJECT_TYPE, medium.getId(),
                medium.getTitle(), null);
        return new Saved(medium, null);
    }

    /**
     * Moves an unused medium to the trash (with its files); one that a page shows is kept and its pages returned.
     */
    @Transactional
    public List<Use> delete(long id) {
        Media medium = get(id);
        List<Use> uses = uses(medium);
        if (uses.isEmpty()) {
            trash.put(OBJECT_TYPE, "media", id, medium.getTitle());
        }
        return uses;
    }

    /** The file sent with the form, or the one it sent before: its bytes and its name. */
    private Optional<PendingUploads.Pending> received(MediaForm form, String author, Errors errors) {
        if (form.hasFile()) {
            if (form.file().getSize() > maxSize.toBytes()) {
                errors.rejectValue("file", "admin.media.error.size", new Object[] {megabytes(form.file().getSize()),
                        megabytes(maxSize.toBytes())}, null);
                return Optional.empty();
            }
            try {
                String name = form.file().getOriginalFilename();
                return Optional.of(new PendingUploads.Pending(form.file().getBytes(),
                        name == null || name.isBlank() ? "fichier" : truncate(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (form.upload() != null) {
            Optional<PendingUploads.Pending> kept = pending.find(form.upload(), author);
            if (kept.isEmpty()) {
                errors.rejectValue("file", "admin.media.error.uploadGone");
            }
            return kept;
        }
        return Optional.empty();
    }

    private StoredFile process(byte[] content, Errors errors) {
        try {
            return processor.process(content);
        } catch (RejectedFileException rejected) {
            errors.rejectValue("file", rejected.messageKey(), rejected.arguments(), null);
            return null;
        }
    }

    private void check(Media existing, MediaKind kind, MediaForm form, Errors errors) {
        if (kind == MediaKind.IMAGE && !form.decorative()) {
            if (form.altFr().isBlank()) {
                errors.rejectValue("altFr", "admin.media.error.alt");
            }
            if (form.altEn().isBlank()) {
                errors.rejectValue("altEn", "admin.media.error.alt");
            }
        }
        if (form.mediaSlug().isEmpty()) {
            if (!errors.hasFieldErrors("title")) {
                errors.rejectValue("mediaSlug", "admin.media.error.slugEmpty");
            }
        } else if (existing == null ? media.existsBySlug(form.mediaSlug()) : media.existsBySlugAndIdNot(form.mediaSlug(), existing.getId())) {
            errors.rejectValue("mediaSlug", "admin.media.error.slugTaken");
        } else if (existing != null && !existing.getSlug().equals(form.mediaSlug())) {
            int pages = uses(existing).size();
            if (pages > 0) {
                errors.rejectValue("mediaSlug", "admin.media.error.slugInUse", new Object[] {pages}, null);
            }
        }
        if (existing != null && form.version() != null && form.version() != existing.getVersion()) {
            errors.reject("admin.media.error.stale");
        }
    }

    /** « 11 Mo », « 10,5 Mo », in units of 1,024 × 1,024 bytes as the limit is set. */
    private static String megabytes(long bytes) {
        return new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.FRANCE))
                .format(bytes / (1024.0 * 1024)) + " Mo";
    }

    private static String truncate(String name) {
        String base = name.replaceAll("[\\\\/]", "_");
        return base.length() <= 255 ? base : base.substring(base.length() - 255);
    }
}

package fr.uphf.site.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.uphf.site.audit.AuditAction;
import fr.uphf.site.audit.AuditLog;
import fr.uphf.site.shared.NotFoundException;
import fr.uphf.site.shared.Slug;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Staff's work on the English texts, in one place: which objects (a page, a campus, a key figure…) have translations
 * missing or outdated, from the view {@code translatable_text} in one query; one object's fields in both languages;
 * saving its English and marking its translations up to date. A saved field then translates the French as it reads
 * now. Both write the journal in the same transaction. Two saves of one object wait for each other (a lock on the
 * object, held until the end of the transaction, since a field with no translation yet has no row to lock), and the
 * second, started from versions of the translations (or from French) that changed meanwhile, is refused.
 */
@Service
public class TranslationEditor {

    /** The field holding Markdown: its translation keeps its rendered HTML too. */
    public static final String MARKDOWN = "bodyMarkdown";

    /** The kind of object of the journal's entries for translations. */
    public static final String JOURNAL_TYPE = "traduction";

    static final String SLUG = "slug";

    /**
     * The order in which an object's fields are shown; its label is the first of them it has (a page's title, a
     * campus's name…). Fields not listed come last, by name.
     */
    static final List<String> FIELD_ORDER = List.of("title", "name", "label", "ranking", "subject", "service", "value",
            "qualifier", "asOf", "goalLabel", "band", "city", "country", "funder", "audience", "programmes", "location",
            "hours", "frequency", "slug", "description", "summary", "body", "combinableNote", "explanation", "steps",
            "contact", MARKDOWN);

    private static final Comparator<String> BY_FIELD_ORDER = Comparator
            .comparingInt((String field) -> FIELD_ORDER.contains(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    private static final int LABEL_LENGTH = 90;

    /** The state of a field's translation, or of an object's (its worst field's). */
    public enum Status {
        CURRENT, OUTDATED, MISSING;

        /**
         * A field with no translation is missing, unless its French is blank (nothing to translate); one whose
         * source text is not the French now is outdated.
         */
        static Status of(boolean translated, boolean translatesFrenchNow, boolean frenchBlank) {
            if (!translated) {
                return frenchBlank ? CURRENT : MISSING;
            }
            return translatesFrenchNow ? CURRENT : OUTDATED;
        }

        static Status worst(List<Status> statuses) {
            return statuses.contains(MISSING) ? MISSING : statuses.contains(OUTDATED) ? OUTDATED : CURRENT;
        }
    }

    /** An object of the list: its kind and label in French, its status and how many of its fields are behind. */
    public record TranslatableObject(String objectType, long objectId, String kind, String label, Status status,
            int missing, int outdated, Instant frenchUpdatedAt) {
    }

    /** Every translatable object, pages first, with the counts by status. */
    public record Overview(List<TranslatableObject> objects) {

        public long count(Status status) {
            return objects.stream().filter(object -> object.status() == status).count();
        }

        public long missing() {
            return count(Status.MISSING);
        }

        public long outdated() {
            return count(Status.OUTDATED);
        }

        public long current() {
            return count(Status.CURRENT);
        }

        /** The objects of one status, or all of them when {@code status} is null. */
        public List<TranslatableObject> having(Status status) {
            return status == null ? objects : objects.stream().filter(object -> object.status() == status).toList();
        }
    }

    /** One field of an object: its French now, its translation as stored (English, source text, version) if any. */
    public record TranslatableField(String field, String french, String english, String sourceText, Long version,
            String updatedBy, Status status) {

        public boolean markdown() {
            return MARKDOWN.equals(field);
        }

        public boolean outdated() {
            return status == Status.OUTDATED;
        }

        /** A fingerprint of the French now, for a form to say which French it showed. */
        public String fingerprint() {
            return TranslationEditor.fingerprint(french);
        }

        /** What changed in the French since the translation was written or last marked up to date. */
        public TextDiff diff() {
            return TextDiff.of(sourceText, french);
        }

        /** The French as lines, to print as text. */
        public List<String> frenchLines() {
            return french.lines().toList();
        }
    }

    /** An object with its fields, in {@link #FIELD_ORDER}. */
    public record TranslatedObject(String objectType, long objectId, String kind, String label,
            Instant frenchUpdatedAt, List<TranslatableField> fields) {

        public Status status() {
            return Status.worst(fields.stream().map(TranslatableField::status).toList());
        }

        /** One of its fields, by name. */
        public TranslatableField field(String name) {
            return fields.stream().filter(field -> field.field().equals(name)).findFirst()
                    .orElseThrow(() -> new NotFoundException(objectType + " " + objectId + " " + name));
        }

        public boolean hasOutdated() {
            return fields.stream().anyMatch(TranslatableField::outdated);
        }
    }

    /**
     * A save or a marking started from translations, or French, that changed since its form was shown: nothing is
     * written. {@code changed} names the fields concerned; {@code current} is the object as it is now.
     */
    public static class StaleTranslationException extends RuntimeException {

        private final transient TranslatedObject current;
        private final List<String> changed;

        StaleTranslationException(TranslatedObject current, List<String> changed) {
            super("stale translation of " + current.objectType() + " " + current.objectId());
            this.current = current;
            this.changed = changed;
        }

        public TranslatedObject current() {
            return current;
        }

        public List<String> changed() {
            return changed;
        }
    }

    /** What Bean Validation checks of an English address: the same rule as a French one. */
    record EnglishSlug(@Slug String slug) {
    }

    private final TranslationRepository translations;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Validator validator;

    TranslationEditor(TranslationRepository translations, JdbcClient jdbc, AuditLog audit, MessageSource messages,
            Validator validator) {
        this.translations = translations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.validator = validator;
    }

    /** Every translatable object with its status, read in one query (Markdown bodies left out). */
    @Transactional(readOnly = true)
    public Overview overview() {
        record Row(String objectType, long objectId, String field, String french, Instant updatedAt, Status status) {
        }
        List<Row> rows = jdbc.sql("""
                select v.object_type, v.object_id, v.field, v.updated_at,
                       case when v.field = :markdown then null else left(v.french, :length) end as french,
                       t.id is not null as translated,
                       t.source_text is not distinct from v.french as up_to_date,
                       coalesce(v.french, '') ~ '^[[:space:]]*$' as french_blank
                from translatable_text v
                left join translation t on t.object_type = v.object_type and t.object_id = v.object_id
                                       and t.field = v.field and t.lang = 'en'""")
                .param("markdown", MARKDOWN)
                .param("length", LABEL_LENGTH + 1)
                .query((result, n) -> new Row(result.getString("object_type"), result.getLong("object_id"),
                        result.getString("field"), result.getString("french"),
                        result.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        Status.of(result.getBoolean("translated"), result.getBoolean("up_to_date"),
                                result.getBoolean("french_blank"))))
                .list();
        Map<List<Object>, List<Row>> byObject = rows.stream().collect(Collectors.groupingBy(
                row -> List.of(row.objectType(), row.objectId()), LinkedHashMap::new, Collectors.toList()));
        List<TranslatableObject> objects = new ArrayList<>();
        byObject.forEach((key, fields) -> {
            Row first = fields.get(0);
            Map<String, String> french = new LinkedHashMap<>();
            fields.forEach(row -> french.put(row.field(), row.french()));
            List<Status> statuses = fields.stream().map(Row::status).toList();
            objects.add(new TranslatableObject(first.objectType(), first.objectId(), kind(first.objectType()),
                    label(french, first.objectId()), Status.worst(statuses),
                    (int) statuses.stream().filter(Status.MISSING::equals).count(),
                    (int) statuses.stream().filter(Status.OUTDATED::equals).count(),
                    fields.stream().map(Row::updatedAt).max(Comparator.naturalOrder()).orElseThrow()));
        });
        objects.sort(Comparator.comparing((TranslatableObject object) -> !object.objectType().equals("page"))
                .thenComparing(TranslatableObject::kind).thenComparing(TranslatableObject::label)
                .thenComparingLong(TranslatableObject::objectId));
        return new Overview(List.copyOf(objects));
    }

    /** One object's fields in both languages; a 404 when the object has no translatable field. */
    @Transactional(readOnly = true)
    public TranslatedObject object(String objectType, long objectId) {
        record French(String field, String text, Instant updatedAt) {
        }
        List<French> french = jdbc.sql("""
                select field, french, updated_at from translatable_text
                where object_type = :type and object_id = :id""")
                .param("type", objectType)
                .param("id", objectId)
                .query((result, n) -> new French(result.getString("field"), result.getString("french"),
                        result.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .list();
        if (french.isEmpty()) {
            throw new NotFoundException("traduction " + objectType + " " + objectId);
        }
        Map<String, Translation> stored = storedTranslations(objectType, objectId);
        List<TranslatableField> fields = french.stream()
                .sorted(Comparator.comparing(French::field, BY_FIELD_ORDER))
                .map(row -> field(row.field(), row.text(), stored.get(row.field())))
                .toList();
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach(field -> texts.put(field.field(), field.french()));
        return new TranslatedObject(objectType, objectId, kind(objectType), label(texts, objectId),
                french.stream().map(French::updatedAt).max(Comparator.naturalOrder()).orElseThrow(), fields);
    }

    /**
     * The rules of a form beyond its binding, as errors on its fields: an English text is required where the French
     * has one, and an English address follows the rule of addresses and is not another page's of the same area.
     */
    @Transactional(readOnly = true)
    public void check(TranslatedObject object, TranslationForm form, Errors errors) {
        for (TranslatableField field : object.fields()) {
            String path = "english[" + field.field() + "]";
            String typed = form.english().getOrDefault(field.field(), "");
            if (typed.isBlank()) {
                if (!field.french().isBlank()) {
                    errors.rejectValue(path, "admin.translations.blank");
                }
            } else if (field.field().equals(SLUG) && object.objectType().equals("page")) {
                checkSlug(object.objectId(), typed.strip(), path, errors);
            }
        }
    }

    private void checkSlug(long pageId, String slug, String path, Errors errors) {
        if (!validator.validateValue(EnglishSlug.class, "slug", slug).isEmpty()) {
            errors.rejectValue(path, "admin.page.slug.pattern");
            return;
        }
        long taken = jdbc.sql("""
                select count(*) from page other
                left join translation t on t.object_type = 'page' and t.object_id = other.id and t.field = 'slug'
                                       and t.lang = 'en'
                where other.area = (select area from page where id = :id) and other.id <> :id
                  and (other.slug = :slug or t.text = :slug)""")
                .param("id", pageId)
                .param("slug", slug)
                .query(Long.class).single();
        if (taken > 0) {
            errors.rejectValue(path, "admin.translations.slug.taken");
        }
    }

    /**
     * Saves the English of the fields the form changes (or gives a first translation): each then translates the
     * French as it reads now; a Markdown field gets its HTML from {@code markdown}. Fields left as they were are not
     * touched, outdated ones stay outdated. Checked beforehand by {@link #check}.
     *
     * @return how many fields were saved
     * @throws StaleTranslationException when a translation, or the French, changed since the form was shown
     */
    @Transactional
    public int save(String objectType, long objectId, TranslationForm form, Function<String, String> markdown) {
        TranslatedObject current = lockedObject(objectType, objectId, form);
        Map<String, Translation> stored = storedTranslations(objectType, objectId);
        int saved = 0;
        for (TranslatableField field : current.fields()) {
            String typed = form.english().get(field.field());
            if (typed == null) {
                continue;
            }
            String text = field.field().equals(SLUG) ? typed.strip() : typed;
            String html = field.markdown() ? markdown.apply(text) : null;
            Translation translation = stored.get(field.field());
            if (translation == null && !text.isBlank()) {
                translations.save(new Translation(new TextKey(objectType, objectId, field.field()), text,
                        field.french(), html));
                saved++;
            } else if (translation != null && !translation.getText().equals(text)) {
                if (field.field().equals(SLUG) && objectType.equals("page")) {
                    keepFormerAddress(objectId, translation.getText(), text);
                }
                translation.update(text, field.french(), html);
                saved++;
            }
        }
        if (saved > 0) {
            translations.flush();
            audit.record(AuditAction.EDIT, JOURNAL_TYPE, objectId, journalLabel(current), null);
        }
        return saved;
    }

    /**
     * The former English address of a page keeps leading to it for good, as a French one does: {@code page_redirect}
     * holds it as the French path an English address resolves to, its area's path with the former English slug. The
     * new address is no longer a former one of any page.
     */
    private void keepFormerAddress(long pageId, String formerSlug, String slug) {
        String area = jdbc.sql("select '/' || lower(area) || '/' from page where id = :id")
                .param("id", pageId).query(String.class).single();
        jdbc.sql("delete from page_redirect where old_path = :path").param("path", area + slug).update();
        jdbc.sql("""
                insert into page_redirect (old_path, page_id) values (:path, :id)
                on conflict (old_path) do update set page_id = excluded.page_id""")
                .param("path", area + formerSlug)
                .param("id", pageId)
                .update();
    }

    /**
     * Marks the object's outdated translations up to date: each then translates the French as it reads now, its
     * English unchanged. Missing translations stay missing.
     *
     * @return how many fields were marked
     * @throws StaleTranslationException when a translation, or the French, changed since the form was shown
     */
    @Transactional
    public int markCurrent(String objectType, long objectId, TranslationForm form) {
        TranslatedObject current = lockedObject(objectType, objectId, form);
        Map<String, Translation> stored = storedTranslations(objectType, objectId);
        int marked = 0;
        for (TranslatableField field : current.fields()) {
            Translation translation = stored.get(field.field());
            if (field.outdated() && translation != null) {
                translation.update(translation.getText(), field.french(), translation.getHtml());
                marked++;
            }
        }
        if (marked > 0) {
            translations.flush();
            audit.record(AuditAction.TRANSLATION_CURRENT, JOURNAL_TYPE, objectId, journalLabel(current), null);
        }
        return marked;
    }

    /**
     * The object as it is once no other save of it is under way (a lock held until the end of the transaction), after
     * checking that the form was shown with the versions of its translations and the French it has now.
     */
    private TranslatedObject lockedObject(String objectType, long objectId, TranslationForm form) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "translation:" + objectType + ":" + objectId)
                .query().listOfRows();
        TranslatedObject current = object(objectType, objectId);
        List<String> changed = current.fields().stream()
                .filter(field -> !Objects.equals(field.version(), form.version().get(field.field()))
                        || !field.fingerprint().equals(form.seen().get(field.field())))
                .map(TranslatableField::field)
                .toList();
        if (!changed.isEmpty()) {
            throw new StaleTranslationException(current, changed);
        }
        return current;
    }

    private Map<String, Translation> storedTranslations(String objectType, long objectId) {
        return translations.findByObject(objectType, objectId).stream()
                .collect(Collectors.toMap(translation -> translation.key().field(), Function.identity()));
    }

    private static TranslatableField field(String name, String french, Translation translation) {
        String text = french == null ? "" : french;
        return translation == null
                ? new TranslatableField(name, text, null, null, null, null, Status.of(false, false, text.isBlank()))
                : new TranslatableField(name, text, translation.getText(), translation.getSourceText(),
                        translation.getVersion(), translation.getUpdatedBy(),
                        Status.of(true, translation.translates(text), text.isBlank()));
    }

    /** The French name of a kind of object (« Page », « Chiffre clé »…), or its table's name when it has none. */
    private String kind(String objectType) {
        return messages.getMessage("admin.translations.type." + objectType, null, objectType, Locale.FRENCH);
    }

    /** The label of an object: its first field in {@link #FIELD_ORDER} that has text, shortened; else its number. */
    private static String label(Map<String, String> french, long objectId) {
        return french.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .min(Map.Entry.comparingByKey(BY_FIELD_ORDER))
                .map(entry -> shorten(entry.getValue()))
                .orElse("n° " + objectId);
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= LABEL_LENGTH ? line : line.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    private String journalLabel(TranslatedObject object) {
        return messages.getMessage("admin.translations.journalLabel", new Object[] {object.kind(), object.label()},
                Locale.FRENCH);
    }

    static String fingerprint(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

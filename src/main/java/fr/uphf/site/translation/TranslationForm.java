package fr.uphf.site.translation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The English of an object's fields as typed in the admin's translation form, by field: {@code english[title]}…;
 * with, for each field, the version of its translation the form was shown with ({@code version[title]}, none when it
 * had no translation) and a fingerprint of the French it showed ({@code seen[title]}), so that a save over a
 * colleague's newer translation, or over French that changed meanwhile, is refused rather than taken as current.
 * Line endings are read as the browser sends them (CR LF) and kept as LF. Bound through its constructor only
 * (declarative binding): its maps cannot be changed afterwards.
 */
public record TranslationForm(Map<String, String> english, Map<String, Long> version, Map<String, String> seen) {

    public TranslationForm {
        Map<String, String> texts = new LinkedHashMap<>(english == null ? Map.of() : english);
        texts.replaceAll((field, text) -> text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n'));
        english = Collections.unmodifiableMap(texts);
        version = Collections.unmodifiableMap(new LinkedHashMap<>(version == null ? Map.of() : version));
        seen = Collections.unmodifiableMap(new LinkedHashMap<>(seen == null ? Map.of() : seen));
    }

    /** The form of an object as stored: its English, versions and French now. */
    public static TranslationForm of(TranslationEditor.TranslatedObject object) {
        return new TranslationForm(Map.of(), Map.of(), Map.of()).rebasedOn(object, true);
    }

    /**
     * This form's English kept, on the versions and French of the object as it is now: saving it again then replaces
     * a colleague's translation knowingly.
     */
    public TranslationForm rebasedOn(TranslationEditor.TranslatedObject current) {
        return rebasedOn(current, false);
    }

    /**
     * The English of a field as a textarea's content: after a line feed, since HTML drops the first line feed of a
     * textarea, which would lose the one a Markdown text may start with.
     */
    public String textareaText(String field) {
        return "\n" + english.getOrDefault(field, "");
    }

    /** Whether it changes the English of a field that has a translation, or gives one to a field that has none. */
    public boolean changesText(TranslationEditor.TranslatedObject object) {
        return object.fields().stream().anyMatch(field -> {
            String typed = english.get(field.field());
            return typed != null && !typed.equals(field.english() == null ? "" : field.english());
        });
    }

    private TranslationForm rebasedOn(TranslationEditor.TranslatedObject current, boolean storedText) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (TranslationEditor.TranslatableField field : current.fields()) {
            String stored = field.english() == null ? "" : field.english();
            texts.put(field.field(), storedText ? stored : english.getOrDefault(field.field(), stored));
            if (field.version() != null) {
                versions.put(field.field(), field.version());
            }
            fingerprints.put(field.field(), field.fingerprint());
        }
        return new TranslationForm(texts, versions, fingerprints);
    }
}

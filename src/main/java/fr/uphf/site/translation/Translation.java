package fr.uphf.site.translation;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The English of one field of a row (a page's title, a campus's summary…), with the French it translates as that French
 * read when the translation was written or last marked up to date: when the row's French differs now, the translation
 * is outdated. A Markdown field keeps its sanitised HTML too.
 */
@Entity
@Table(name = "translation")
public class Translation extends AuditedEntity {

    static final String ENGLISH = "en";

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private long objectId;

    @Column(nullable = false)
    private String field;

    @Column(nullable = false)
    private String lang;

    @Column(nullable = false)
    private String text;

    @Column(name = "source_text", nullable = false)
    private String sourceText;

    private String html;

    protected Translation() {
    }

    Translation(TextKey key, String text, String sourceText, String html) {
        this.objectType = key.objectType();
        this.objectId = key.objectId();
        this.field = key.field();
        this.lang = ENGLISH;
        update(text, sourceText, html);
    }

    void update(String text, String sourceText, String html) {
        this.text = text;
        this.sourceText = sourceText;
        this.html = html;
    }

    /** Whether it translates the French as it reads now. */
    public boolean translates(String french) {
        return sourceText.equals(french);
    }

    public TextKey key() {
        return new TextKey(objectType, objectId, field);
    }

    public String getText() {
        return text;
    }

    public String getSourceText() {
        return sourceText;
    }

    public String getHtml() {
        return html;
    }

    void setHtml(String html) {
        this.html = html;
    }
}

package fr.uphf.site.media;

import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An image or a document of the media library. Its address, {@link #url()}, stays the same when its file is replaced;
 * the fingerprint of the current file is in the addresses of the files actually served ({@link MediaFile}).
 */
@Entity
@Table(name = "media")
public class Media extends AuditedEntity {

    /** Where every medium is served; a page's Markdown refers to a medium by this address followed by its slug. */
    public static final String ROOT = "/medias/";

    private String slug;

    @Enumerated(EnumType.STRING)
    private MediaKind kind;

    private String title;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "byte_size")
    private long byteSize;

    private Integer width;

    private Integer height;

    private String fingerprint;

    @Column(name = "alt_fr")
    private String altFr = "";

    @Column(name = "alt_en")
    private String altEn = "";

    private boolean decorative;

    private String credit = "";

    private String licence = "";

    protected Media() {
    }

    Media(MediaKind kind) {
        this.kind = kind;
    }

    public String url() {
        return ROOT + slug;
    }

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }

    /** The alternative text in the visitor's language; empty for a decorative image. */
    public String alt() {
        if (decorative) {
            return "";
        }
        return Language.current() == Language.EN ? altEn : altFr;
    }

    /** The address of an image's smallest variant, for the staff's screens. */
    public String thumbnail() {
        return url() + "/" + fingerprint + "/" + MediaProcessor.widths(width).get(0) + "." + MediaFormat.WEBP.extension();
    }

    /** The height of an image shown 120 px wide. */
    public int thumbnailHeight() {
        return Math.max(1, Math.round(120f * height / width));
    }

    /** What a page's Markdown says to show this medium, for staff to paste. */
    public String snippet() {
        return isImage() ? "![" + altFr.replace("]", "") + "](" + url() + ")" : "[" + title.replace("]", "") + "](" + url() + ")";
    }

    /** The credit line shown under the image: the author and the licence, either possibly empty. */
    public String creditLine() {
        return credit.isBlank() ? licence : licence.isBlank() ? credit : credit + ", " + licence;
    }

    void replaceFile(StoredFile file, String originalName) {
        this.contentType = file.contentType();
        this.byteSize = file.byteSize();
        this.width = file.width();
        this.height = file.height();
        this.fingerprint = file.fingerprint();
        this.originalName = originalName;
    }

    void describe(MediaForm form) {
        this.slug = form.mediaSlug();
        this.title = form.title().trim();
        this.altFr = form.altFr().trim();
        this.altEn = form.altEn().trim();
        this.decorative = isImage() && form.decorative();
        this.credit = form.credit().trim();
        this.licence = form.licence().trim();
    }

    public String getSlug() {
        return slug;
    }

    public MediaKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getContentType() {
        return contentType;
    }

    public String getOriginalName() {
        return originalName;
    }

    public long getByteSize() {
        return byteSize;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getAltFr() {
        return altFr;
    }

    public String getAltEn() {
        return altEn;
    }

    public boolean isDecorative() {
        return decorative;
    }

    public String getCredit() {
        return credit;
    }

    public String getLicence() {
        return licence;
    }
}

package fr.uphf.site.media;

import java.util.Arrays;
import java.util.Optional;

/** The formats the library serves: an image's fallback format and WebP, a document's PDF. */
public enum MediaFormat {

    JPEG("jpg", "image/jpeg", "JPEG"),
    PNG("png", "image/png", "PNG"),
    WEBP("webp", "image/webp", "WebP"),
    PDF("pdf", "application/pdf", "PDF");

    private final String extension;
    private final String contentType;
    private final String label;

    MediaFormat(String extension, String contentType, String label) {
        this.extension = extension;
        this.contentType = contentType;
        this.label = label;
    }

    /** The format of an uploaded file of this content type, as detected from its bytes. */
    static Optional<MediaFormat> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(format -> format.contentType.equals(contentType)).findFirst();
    }

    static Optional<MediaFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }

    /** The name of the format in the database's media_file.format. */
    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static MediaFormat ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** What visitors read next to a document's link: « PDF ». */
    public String label() {
        return label;
    }

    MediaKind kind() {
        return this == PDF ? MediaKind.DOCUMENT : MediaKind.IMAGE;
    }
}

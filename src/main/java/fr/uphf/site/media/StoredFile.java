package fr.uphf.site.media;

import java.util.List;

/**
 * An uploaded file as the library keeps it: its detected type and size as uploaded, its upright dimensions for an
 * image, the fingerprint of its content and the files to serve.
 */
record StoredFile(MediaFormat format, long byteSize, Integer width, Integer height, String fingerprint,
        List<Variant> variants) {

    String contentType() {
        return format.contentType();
    }

    MediaKind kind() {
        return format.kind();
    }

    /** One file served: an image at one width in one format, or a document as uploaded (width and height 0). */
    record Variant(int width, int height, MediaFormat format, byte[] content) {
    }
}

package fr.uphf.site.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into what the library keeps. The type comes from the content alone (Tika's magic-byte
 * detector; the file's name is never looked at): JPEG, PNG and WebP images, PDF documents; anything else, SVG
 * included (it can carry scripts), is refused, and so is an image too large or damaged. An image is decoded with
 * ImageIO (TwelveMonkeys' JPEG reader, libwebp's), turned upright by its EXIF orientation (Thumbnailator), then scaled to
 * each width of {@link #WIDTHS} below its own (and its own width up to the largest) and re-encoded in its fallback
 * format and in WebP: the files served never carry the uploaded file's metadata (EXIF, GPS, camera, comments).
 */
@Component
class MediaProcessor {

    /** The widths of an image's variants, for srcset; an image narrower than one is kept at its own width. */
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    /** Larger images would take too much memory to decode (a small file can declare a huge image). */
    static final long MAX_PIXELS = 40_000_000;

    private static final float JPEG_QUALITY = 0.82f;
    private static final float WEBP_QUALITY = 0.8f;

    private final Tika detector = new Tika();

    MediaProcessor() {
        // ImageIO's plugins (TwelveMonkeys' JPEG reader, the WebP codec) are found by the class loader of the
        // application, which in a packaged jar is not the one ImageIO scanned at start-up.
        ImageIO.scanForPlugins();
    }

    StoredFile process(byte[] content) {
        String detected = detector.detect(content);
        MediaFormat format = MediaFormat.ofContentType(detected)
                .orElseThrow(() -> detected.equals("image/svg+xml") ? new RejectedFileException("admin.media.error.svg")
                        : new RejectedFileException("admin.media.error.type", detected));
        String fingerprint = fingerprint(content);
        if (format == MediaFormat.PDF) {
            return new StoredFile(format, content.length, null, null, fingerprint,
                    List.of(new StoredFile.Variant(0, 0, format, content)));
        }
        BufferedImage upright = upright(content, format);
        MediaFormat fallback = format == MediaFormat.JPEG || !upright.getColorModel().hasAlpha() ? MediaFormat.JPEG
                : MediaFormat.PNG;
        List<StoredFile.Variant> variants = new ArrayList<>();
        for (int width : widths(upright.getWidth())) {
            BufferedImage scaled = width == upright.getWidth() ? upright : scale(upright, width);
            variants.add(new StoredFile.Variant(width, scaled.getHeight(), fallback, encode(scaled, fallback)));
            variants.add(new StoredFile.Variant(width, scaled.getHeight(), MediaFormat.WEBP, encode(scaled, MediaFormat.WEBP)));
        }
        return new StoredFile(format, content.length, upright.getWidth(), upright.getHeight(), fingerprint, variants);
    }

    /** The variants' widths for an image this wide: those of {@link #WIDTHS} below it, then its own up to the largest. */
    static List<Integer> widths(int imageWidth) {
        int largest = Math.min(imageWidth, WIDTHS.get(WIDTHS.size() - 1));
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(width -> width < largest).toList());
        widths.add(largest);
        return widths;
    }

    /**
     * Decodes the image, refusing one whose header declares too many pixels (a small file can declare a huge image)
     * and one the decoder had to patch up (a truncated or damaged file), then turns it upright by its EXIF orientation.
     */
    private static BufferedImage upright(byte[] content, MediaFormat format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new RejectedFileException("admin.media.error.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new RejectedFileException("admin.media.error.pixels", reader.getWidth(0), reader.getHeight(0));
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new RejectedFileException("admin.media.error.unreadable");
                }
                Orientation orientation = format == MediaFormat.JPEG ? ExifUtils.getExifOrientation(reader, 0) : null;
                return orientation == null ? image : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RejectedFileException rejected) {
                throw rejected;
            }
            throw new RejectedFileException("admin.media.error.unreadable");
        }
    }

    private static BufferedImage scale(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, MediaFormat format) {
        BufferedImage pixels = format == MediaFormat.JPEG ? opaque(image) : image;
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(format.contentType()).next();
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        if (format != MediaFormat.PNG) {
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            if (format == MediaFormat.WEBP) {
                parameters.setCompressionType("Lossy");
            }
            parameters.setCompressionQuality(format == MediaFormat.WEBP ? WEBP_QUALITY : JPEG_QUALITY);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(pixels, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** JPEG has no transparency: the image on white. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return rgb;
    }

    private static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 5);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

package fr.uphf.site.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Files as staff would upload them: a camera's JPEG with EXIF (orientation, GPS position), a PNG, a small PDF; and an
 * image put straight into the library, for the tests of other screens.
 */
public final class TestFiles {

    /** The place the test photo's GPS tag names: it must not reach any file served. */
    static final String GPS_MARKER = "GPS-50.3245N";

    private TestFiles() {
    }

    /** A JPEG of this size, whose EXIF says to turn it by {@code orientation} (6: a quarter turn clockwise). */
    static byte[] cameraJpeg(int width, int height, int orientation) throws IOException {
        byte[] plain = encode(picture(width, height, false), "jpg");
        byte[] exif = exif(orientation);
        ByteBuffer segment = ByteBuffer.allocate(4 + exif.length).put((byte) 0xFF).put((byte) 0xE1)
                .putShort((short) (exif.length + 2)).put(exif);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(segment.array());
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    static byte[] png(int width, int height) throws IOException {
        return encode(picture(width, height, true), "png");
    }

    /** A 600 × 400 PNG saved in the library under this title, with these alternative texts or decorative; its id. */
    public static long savedImage(MediaLibrary media, String title, String altFr, String altEn, boolean decorative) {
        try {
            MediaForm form = new MediaForm(new MockMultipartFile("file", "image.png", "image/png", png(600, 400)), null,
                    title, "", altFr, altEn, decorative, "", "", null);
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "mediaForm");
            MediaLibrary.Saved saved = media.save(null, form, errors);
            if (errors.hasErrors()) {
                throw new IllegalStateException("image refused: " + errors.getAllErrors());
            }
            return saved.media().getId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF that says « Guide de test ». */
    static byte[] pdf() {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    private static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0, 48, 94), width, height, new Color(255, 191, 71)));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /**
     * An APP1 EXIF payload, big-endian TIFF: IFD0 with the orientation and a pointer to a GPS IFD, whose latitude
     * reference is followed by {@link #GPS_MARKER} as a user comment-like ASCII value.
     */
    private static byte[] exif(int orientation) {
        byte[] marker = (GPS_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 2 * 12 + 4;
        int gpsValue = gpsIfd + 2 + 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(gpsValue + marker.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0002).putShort((short) 2).putInt(marker.length).putInt(gpsValue);
        tiff.putInt(0);
        tiff.put(marker);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(header.length + tiff.capacity()).put(header).put(tiff.array()).array();
    }
}

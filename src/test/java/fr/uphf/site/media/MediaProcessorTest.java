package fr.uphf.site.media;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaProcessorTest {

    private final MediaProcessor processor = new MediaProcessor();

    @Test
    void aCameraPhotoIsTurnedUprightScaledToEachWidthAndServedWithoutItsMetadata() throws Exception {
        byte[] photo = TestFiles.cameraJpeg(2000, 1200, 6);
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif").contains(TestFiles.GPS_MARKER);

        StoredFile stored = processor.process(photo);

        assertThat(stored.format()).isEqualTo(MediaFormat.JPEG);
        assertThat(stored.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(stored.width()).isEqualTo(1200);
        assertThat(stored.height()).isEqualTo(2000);
        assertThat(stored.byteSize()).isEqualTo(photo.length);
        assertThat(stored.variants()).extracting(StoredFile.Variant::width, StoredFile.Variant::format).containsExactly(
                org.assertj.core.groups.Tuple.tuple(480, MediaFormat.JPEG), org.assertj.core.groups.Tuple.tuple(480, MediaFormat.WEBP),
                org.assertj.core.groups.Tuple.tuple(960, MediaFormat.JPEG), org.assertj.core.groups.Tuple.tuple(960, MediaFormat.WEBP),
                org.assertj.core.groups.Tuple.tuple(1200, MediaFormat.JPEG), org.assertj.core.groups.Tuple.tuple(1200, MediaFormat.WEBP));
        for (StoredFile.Variant variant : stored.variants()) {
            String bytes = new String(variant.content(), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain("Exif").doesNotContain(TestFiles.GPS_MARKER);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(variant.content()));
            assertThat(decoded.getWidth()).isEqualTo(variant.width());
            assertThat(decoded.getHeight()).isEqualTo(variant.height()).isEqualTo(variant.width() * 2000 / 1200);
        }
        assertThat(stored.variants().get(1).content()).startsWith("RIFF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aTransparentPngKeepsPngAsItsFallbackAndASmallImageItsOwnWidth() throws Exception {
        StoredFile stored = processor.process(TestFiles.png(300, 200));

        assertThat(stored.variants()).extracting(StoredFile.Variant::width, StoredFile.Variant::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(300, MediaFormat.PNG),
                        org.assertj.core.groups.Tuple.tuple(300, MediaFormat.WEBP));
    }

    @Test
    void widthsStopAtTheImagesOwnAndAtTheLargest() {
        assertThat(MediaProcessor.widths(300)).containsExactly(300);
        assertThat(MediaProcessor.widths(480)).containsExactly(480);
        assertThat(MediaProcessor.widths(1000)).containsExactly(480, 960, 1000);
        assertThat(MediaProcessor.widths(4000)).isEqualTo(List.of(480, 960, 1600));
    }

    @Test
    void aPdfIsKeptAsItCame() {
        byte[] pdf = TestFiles.pdf();
        StoredFile stored = processor.process(pdf);

        assertThat(stored.kind()).isEqualTo(MediaKind.DOCUMENT);
        assertThat(stored.variants()).singleElement().satisfies(file -> assertThat(file.content()).isEqualTo(pdf));
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> processor.process(svg)).isInstanceOf(RejectedFileException.class)
                .hasMessage("admin.media.error.svg");
        assertThatThrownBy(() -> processor.process(html)).isInstanceOf(RejectedFileException.class)
                .hasMessage("admin.media.error.type");
    }

    @Test
    void aTruncatedImageIsRefusedAsUnreadable() throws Exception {
        byte[] photo = TestFiles.cameraJpeg(800, 600, 1);
        byte[] truncated = java.util.Arrays.copyOf(photo, 700);

        assertThatThrownBy(() -> processor.process(truncated)).isInstanceOf(RejectedFileException.class)
                .hasMessage("admin.media.error.unreadable");
    }
}

package fr.uphf.site.media;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

import fr.uphf.site.shared.Slug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * A medium as typed in the admin form, with the file chosen (none when only the description changes) or, after a
 * form sent with an error, the file already received ({@code upload}, see {@link PendingUploads}). The slug, the
 * end of the medium's address, may be left blank: it is then made from the title.
 */
public record MediaForm(
        MultipartFile file,
        UUID upload,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(max = 80) @Slug String mediaSlug,
        @NotNull @Size(max = 300) String altFr,
        @NotNull @Size(max = 300) String altEn,
        Boolean decorative,
        @NotNull @Size(max = 300) String credit,
        @NotNull @Size(max = 120) String licence,
        Long version) {

    public MediaForm {
        title = title == null ? "" : title;
        mediaSlug = mediaSlug == null ? "" : mediaSlug.trim();
        altFr = altFr == null ? "" : altFr;
        altEn = altEn == null ? "" : altEn;
        credit = credit == null ? "" : credit;
        licence = licence == null ? "" : licence;
        decorative = Boolean.TRUE.equals(decorative);
    }

    static MediaForm empty() {
        return new MediaForm(null, null, "", "", "", "", false, "", "", null);
    }

    static MediaForm of(Media media) {
        return new MediaForm(null, null, media.getTitle(), media.getSlug(), media.getAltFr(), media.getAltEn(),
                media.isDecorative(), media.getCredit(), media.getLicence(), media.getVersion());
    }

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }

    /** The slug typed, or one made from the title: « Plan du campus » gives « plan-du-campus ». */
    String slugOrFromTitle() {
        if (!mediaSlug.isEmpty()) {
            return mediaSlug;
        }
        String words = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return words.length() <= 80 ? words : words.substring(0, 80).replaceAll("-$", "");
    }

    MediaForm withSlug(String chosen) {
        return new MediaForm(file, upload, title, chosen, altFr, altEn, decorative, credit, licence, version);
    }
}

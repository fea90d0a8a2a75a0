package fr.uphf.site.media;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Shows the media a page's sanitised HTML refers to, when the page is rendered, so that a replaced file or a changed
 * alternative text shows at once on every page: an image ({@code <img src="/medias/slug">}) becomes a
 * {@code <picture>} offering its WebP and fallback variants by width (srcset, sizes), with its width and height (no
 * layout shift), its alternative text in the visitor's language and its credit; every image after the first loads
 * lazily. A link to a document gets the document's type and size (« PDF, 240 Ko »). An image that is not in the
 * library (or no longer is) is left out.
 */
@Component
public class MediaHtml {

    /** The sanitiser writes every attribute in double quotes, quotes inside escaped. */
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern DOCUMENT_LINK = Pattern.compile("<a href=\"/medias/([a-z0-9]+(?:-[a-z0-9]+)*)\"([^>]*)>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("\\bsrc=\"/medias/([a-z0-9]+(?:-[a-z0-9]+)*)\"");
    private static final Pattern ADDRESS = Pattern.compile("\"/medias/([a-z0-9]+(?:-[a-z0-9]+)*)\"");

    /** The width an image takes: the text column (48rem) on a wide screen, the screen less its margins otherwise. */
    private static final String SIZES = "(min-width: 50rem) 48rem, calc(100vw - 2rem)";

    private final MediaRepository media;
    private final MediaFiles files;
    private final MessageSource messages;

    MediaHtml(MediaRepository media, MediaFiles files, MessageSource messages) {
        this.media = media;
        this.files = files;
        this.messages = messages;
    }

    public String expand(String html) {
        if (html == null || !html.contains("\"" + Media.ROOT)) {
            return html;
        }
        Set<String> slugs = new LinkedHashSet<>();
        ADDRESS.matcher(html).results().forEach(found -> slugs.add(found.group(1)));
        Map<String, Media> bySlug = media.findBySlugIn(slugs).stream()
                .collect(Collectors.toMap(Media::getSlug, Function.identity()));
        Map<Long, List<MediaFiles.FileInfo>> filesOf = files.infos(bySlug.values().stream().map(Media::getId).toList())
                .stream().collect(Collectors.groupingBy(MediaFiles.FileInfo::mediaId));
        boolean[] first = {true};
        String withImages = IMAGE.matcher(html).replaceAll(tag -> {
            Matcher source = SOURCE.matcher(tag.group());
            Media image = source.find() ? bySlug.get(source.group(1)) : null;
            if (image == null || !image.isImage()) {
                return "";
            }
            String picture = picture(image, filesOf.getOrDefault(image.getId(), List.of()), first[0]);
            first[0] = false;
            return Matcher.quoteReplacement(picture);
        });
        return DOCUMENT_LINK.matcher(withImages).replaceAll(link -> {
            Media document = bySlug.get(link.group(1));
            if (document == null || document.isImage()) {
                return Matcher.quoteReplacement(link.group());
            }
            MediaFormat format = MediaFormat.ofContentType(document.getContentType()).orElse(MediaFormat.PDF);
            return Matcher.quoteReplacement("<a href=\"" + document.url() + "\" type=\"" + format.contentType() + "\""
                    + link.group(2) + ">" + link.group(3) + " <span class=\"media-meta\">"
                    + HtmlUtils.htmlEscape(message("media.document.meta", format.label(), size(document.getByteSize())))
                    + "</span></a>");
        });
    }

    private String picture(Media image, List<MediaFiles.FileInfo> variants, boolean first) {
        MediaFiles.FileInfo largest = variants.stream().filter(file -> file.format() != MediaFormat.WEBP)
                .reduce((smaller, larger) -> larger).orElse(null);
        if (largest == null) {
            return "";
        }
        StringBuilder html = new StringBuilder("<picture class=\"media\"><source type=\"image/webp\" srcset=\"")
                .append(srcset(image, variants, MediaFormat.WEBP)).append("\" sizes=\"").append(SIZES).append("\">")
                .append("<img src=\"").append(address(image, largest)).append("\" srcset=\"")
                .append(srcset(image, variants, largest.format())).append("\" sizes=\"").append(SIZES)
                .append("\" width=\"").append(largest.width()).append("\" height=\"").append(largest.height())
                .append("\" alt=\"").append(HtmlUtils.htmlEscape(image.alt())).append("\"");
        if (!first) {
            html.append(" loading=\"lazy\"");
        }
        html.append(" decoding=\"async\"></picture>");
        if (!image.creditLine().isBlank()) {
            html.append("<small class=\"media-credit\">")
                    .append(HtmlUtils.htmlEscape(message("media.credit", image.creditLine()))).append("</small>");
        }
        return html.toString();
    }

    private static String srcset(Media image, List<MediaFiles.FileInfo> variants, MediaFormat format) {
        return variants.stream().filter(file -> file.format() == format)
                .map(file -> address(image, file) + " " + file.width() + "w").collect(Collectors.joining(", "));
    }

    /** The address of one file of an image, with the fingerprint of its content: it can be cached for a year. */
    static String address(Media image, MediaFiles.FileInfo file) {
        return image.url() + "/" + image.getFingerprint() + "/" + file.width() + "." + file.format().extension();
    }

    /** « 240 Ko », « 1,2 Mo » (« 240 KB », « 1.2 MB » in English), in units of 1,024 as the upload limit. */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return message("media.size.kilobytes", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return message("media.size.megabytes", Math.round(bytes * 10 / (1024.0 * 1024)) / 10.0);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}

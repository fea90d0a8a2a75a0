package fr.uphf.site.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.uphf.site.media.Media;
import fr.uphf.site.media.MediaLibrary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * What in a page's body will hinder some visitors, told to its editor when saving or previewing, never refused: a
 * heading level skipped (or a second level-1 heading under the page's title), an image without a text alternative,
 * a link whose text alone does not say where it leads (« cliquez ici »). Read in the HTML that visitors get, as
 * {@link MarkdownRenderer} makes it from the Markdown, with the media library's state, which decides what the page
 * shows for an image ({@link fr.uphf.site.media.MediaHtml}): its alternative texts (which the library requires of an
 * image unless it is marked decorative), none for a decorative one, nothing for one not in the library.
 */
@Component
public class PageWarnings {

    /** Link texts that say nothing of the destination, French and English, compared lower case and unaccented. */
    static final Set<String> VAGUE_LINKS = Set.of("cliquez ici", "cliquer ici", "ici", "lien", "ce lien",
            "en savoir plus", "lire la suite", "la suite", "plus", "voir", "click here", "here", "link", "this link",
            "read more", "more", "learn more", "find out more");

    /**
     * A problem and where it is: its message key ({@code admin.page.warning.} + {@code code}) and the arguments the
     * message names it by (a heading's text and levels, an image's or a link's address).
     */
    public record Warning(String code, List<Object> arguments) {

        public String key() {
            return "admin.page.warning." + code;
        }
    }

    private final MarkdownRenderer markdown;
    private final MediaLibrary media;

    PageWarnings(MarkdownRenderer markdown, MediaLibrary media) {
        this.markdown = markdown;
        this.media = media;
    }

    /** The warnings about a body written in Markdown, in the order of the text. */
    public List<Warning> of(String bodyMarkdown) {
        return inHtml(markdown.render(bodyMarkdown == null ? "" : bodyMarkdown));
    }

    /** The warnings about a body as {@link MarkdownRenderer} rendered it. */
    public List<Warning> inHtml(String html) {
        Document body = Jsoup.parseBodyFragment(html);
        Map<String, Media> images = media.withSlugs(body.select("img[src]").stream().map(PageWarnings::slug).toList())
                .stream().collect(Collectors.toMap(Media::getSlug, Function.identity()));
        List<Warning> warnings = new ArrayList<>();
        int level = 1; // the page's title, above the body
        for (Element element : body.select("h1, h2, h3, h4, h5, h6, img[src], a[href]")) {
            switch (element.normalName()) {
                case "img" -> image(element, images.get(slug(element)), warnings);
                case "a" -> link(element, warnings);
                default -> level = heading(element, level, warnings);
            }
        }
        return warnings;
    }

    private static int heading(Element heading, int previous, List<Warning> warnings) {
        int level = heading.normalName().charAt(1) - '0';
        if (level == 1) {
            warnings.add(new Warning("headingOne", List.of(heading.text())));
        } else if (level > previous + 1) {
            warnings.add(new Warning("headingSkipped", List.of(heading.text(), level, previous, previous + 1,
                    "#".repeat(previous + 1))));
        }
        return level;
    }

    /**
     * An image visitors get no text alternative of although the body describes it: the medium is marked decorative in
     * the library, whose texts the page shows; or no image at all, the medium not being in the library.
     */
    private static void image(Element image, Media medium, List<Warning> warnings) {
        String address = image.attr("src");
        if (medium == null || !medium.isImage()) {
            warnings.add(new Warning("imageUnknown", List.of(address)));
        } else if (medium.isDecorative() && !image.attr("alt").isBlank()) {
            warnings.add(new Warning("imageDecorative", List.of(address, image.attr("alt"))));
        }
    }

    private static void link(Element link, List<Warning> warnings) {
        String words = Normalizer.normalize(link.text(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}…«»\\s]+", " ").strip();
        if (VAGUE_LINKS.contains(words)) {
            warnings.add(new Warning("vagueLink", List.of(link.text(), link.attr("href"))));
        }
    }

    private static String slug(Element image) {
        return image.attr("src").substring(Media.ROOT.length());
    }
}

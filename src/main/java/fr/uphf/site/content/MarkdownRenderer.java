package fr.uphf.site.content;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into HTML that is safe to show to visitors, whatever was pasted into it. The only images
 * kept are the media library's ({@code ![texte](/medias/slug)}); {@link fr.uphf.site.media.MediaHtml} shows them.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** The address of a medium of the library, the only source an image may have. */
    private static final Pattern MEDIA_ADDRESS = Pattern.compile("/medias/[a-z0-9]+(-[a-z0-9]+)*");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "hr", "pre", "code")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href", "title").onElements("a")
                    .allowAttributes("src").matching(MEDIA_ADDRESS).onElements("img")
                    .allowAttributes("alt").onElements("img")
                    .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    public String render(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}

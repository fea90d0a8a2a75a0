package fr.uphf.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whatever an editor pastes, the HTML shown to visitors has no script, no style, no frame or object, no event
 * handler and no link or source other than http(s), mailto or a relative address, as a browser would read it.
 */
class MarkdownRendererFuzzTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @FuzzTest(maxDuration = "2m")
    void nothingActiveSurvivesRendering(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);
        String html = RENDERER.render(markdown);
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, style, iframe, frame, object, embed, form, input, svg, math, base, meta, link"))
                .as(html).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(html).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction");
                if (name.equals("href") || name.equals("src") || name.equals("action")) {
                    assertThat(isSafeUrl(attribute.getValue())).as(html).isTrue();
                }
            }
        }
    }

    /** As a browser reads the address: control characters and spaces around it dropped, the scheme in any case. */
    private static boolean isSafeUrl(String url) {
        String read = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        int colon = read.indexOf(':');
        int end = read.replaceAll("[/?#].*", "").length();
        if (colon < 0 || colon > end) {
            return true;
        }
        String scheme = read.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }
}

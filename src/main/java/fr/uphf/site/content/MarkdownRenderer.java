package fr.uphf.site.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.uphf.site.shared.Language;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into HTML that is safe to show to visitors, whatever was pasted into it. A table is put
 * in a box of its own that scrolls sideways when the table is wider than the screen, named after the heading the
 * table comes under (or, without one, after its columns), which the table bears too, and reachable with the keyboard
 * to be scrolled. A change of language is marked with {@code lang} on a {@code span}, {@code q} or {@code blockquote}
 * written in the Markdown, its value a language tag ({@link Language#TAG}).
 * The only images kept are the media library's ({@code ![texte](/medias/slug)});
 * {@link fr.uphf.site.media.MediaHtml} shows them.
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
                    .allowElements("a", "hr", "pre", "code", "div")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href", "title").onElements("a")
                    .allowAttributes("src").matching(MEDIA_ADDRESS).onElements("img")
                    .allowAttributes("alt").onElements("img")
                    .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
                    .allowAttributes("class").matching(Pattern.compile("table-scroll")).onElements("div")
                    .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("div")
                    .allowAttributes("role").matching(Pattern.compile("region")).onElements("div")
                    .allowElements("table", "span", "q", "blockquote")
                    .allowAttributes("aria-label").onElements("div", "table")
                    .allowAttributes("lang").matching(Language.TAG).onElements("span", "q", "blockquote")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).postProcessor(MarkdownRenderer::boxTables)
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().nodeRendererFactory(TableBoxRenderer::new)
            .attributeProviderFactory(context -> MarkdownRenderer::nameTable)
            .extensions(EXTENSIONS).build();

    public String render(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }

    /** The box around a table, and the name it is given. */
    static final class TableBox extends CustomBlock {

        private final String label;

        TableBox(String label) {
            this.label = label;
        }
    }

    /** The table itself bears the name of its box, so that it is announced with its title (RGAA 5.4). */
    private static void nameTable(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof TableBlock && node.getParent() instanceof TableBox box) {
            attributes.put("aria-label", box.label);
        }
    }

    private static Node boxTables(Node document) {
        List<TableBlock> tables = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    tables.add(table);
                }
            }
        });
        for (TableBlock table : tables) {
            TableBox box = new TableBox(label(table));
            table.insertBefore(box);
            box.appendChild(table);
        }
        return document;
    }

    /** The text of the last heading before the table, or else its column headers. */
    private static String label(TableBlock table) {
        for (Node node = table; node != null; node = node.getParent()) {
            for (Node before = node.getPrevious(); before != null; before = before.getPrevious()) {
                if (before instanceof Heading && !text(before).isEmpty()) {
                    return text(before);
                }
            }
        }
        List<String> columns = new ArrayList<>();
        if (table.getFirstChild() instanceof TableHead head && head.getFirstChild() != null) {
            for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                columns.add(text(cell));
            }
        }
        return String.join(", ", columns);
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }

    private static final class TableBoxRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        TableBoxRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TableBox.class);
        }

        @Override
        public void render(Node node) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "table-scroll");
            attributes.put("tabindex", "0");
            attributes.put("role", "region");
            attributes.put("aria-label", ((TableBox) node).label);
            context.getWriter().line();
            context.getWriter().tag("div", attributes);
            context.render(node.getFirstChild());
            context.getWriter().tag("/div");
            context.getWriter().line();
        }
    }
}

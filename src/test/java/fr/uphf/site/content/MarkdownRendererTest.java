package fr.uphf.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersHeadingsListsLinksAndTables() {
        String html = renderer.render("""
                ## Titre

                - un
                - [deux](/mobilite)

                | a | b |
                |---|---|
                | 1 | 2 |
                """);
        assertThat(html).contains("<h2>Titre</h2>", "<li>un</li>", "<a href=\"/mobilite\">deux</a>", "<th>a</th>", "<td>2</td>");
    }

    @Test
    void removesScriptsEventHandlersAndJavascriptLinks() {
        String html = renderer.render("""
                <script>alert(1)</script>

                <img src=x onerror="alert(1)">

                [clic](javascript:alert(1))

                <a href="javascript:alert(1)" onclick="alert(1)">lien</a>
                """);
        assertThat(html).doesNotContain("<script", "onerror", "onclick", "javascript:", "<img");
    }
}

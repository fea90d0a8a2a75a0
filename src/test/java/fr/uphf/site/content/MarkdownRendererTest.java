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

    @Test
    void aTableScrollsInAFocusableBoxNamedAfterItsHeading() {
        String html = renderer.render("""
                ## Tarifs 2024

                Texte.

                | Formation | Droits |
                |---|---|
                | Licence | 178 € |
                """);
        assertThat(html).contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tarifs 2024\">\n<table>")
                .contains("</table>\n</div>");
    }

    @Test
    void aTableUnderNoHeadingIsNamedAfterItsColumns() {
        String html = renderer.render("""
                | Formation | Droits `annuels` |
                |---|---|
                | Licence | 178 € |
                """);
        assertThat(html).contains("aria-label=\"Formation, Droits annuels\"");
    }

    @Test
    void editorsCannotGiveOtherValuesToTheBoxAttributes() {
        String html = renderer.render("""
                <div class="autre" tabindex="5" role="button" aria-label="x" onclick="alert(1)">texte</div>
                """);
        assertThat(html).doesNotContain("autre", "tabindex", "button", "onclick");
    }
}

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
        assertThat(html).contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tarifs 2024\">\n<table aria-label=\"Tarifs 2024\">")
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

    @Test
    void staffMarkAChangeOfLanguageWithALanguageTag() {
        String html = renderer.render("""
                Consultez le guide d’études (<span lang="en">Study Guide</span>), <q lang="en-GB">Learning by doing</q>.

                <blockquote lang="de">Wissen ist Macht.</blockquote>
                """);
        assertThat(html).contains("<span lang=\"en\">Study Guide</span>", "<q lang=\"en-GB\">Learning by doing</q>",
                "<blockquote lang=\"de\">Wissen ist Macht.</blockquote>");
    }

    @Test
    void aLangThatIsNotALanguageTagOrOnAnotherElementIsDropped() {
        String html = renderer.render("""
                <span lang="en&quot; onmouseover=&quot;x">a</span> <span lang="english language">b</span>
                <span lang="">c</span> <a href="/x" lang="en">d</a> <span lang="EN">e</span>
                """);
        assertThat(html).doesNotContain("lang=", "onmouseover").contains("a", "b", "c", "d", "e");
    }
}

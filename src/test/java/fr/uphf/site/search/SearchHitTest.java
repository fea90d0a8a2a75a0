package fr.uphf.site.search;

import fr.uphf.site.shared.Area;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchHitTest {

    @Test
    void theExtractIsEscapedExceptForItsHighlights() {
        assertThat(SearchHit.extractHtml("a \uE000<b>\uE001 & \"c\" \uE000d", null))
                .isEqualTo("a <mark>&lt;b&gt;</mark> &amp; &quot;c&quot; d");
    }

    @Test
    void thePhrasesThePageMarksInAnotherLanguageAreMarkedAgainAroundTheHighlights() {
        String html = "<p>Un <span lang=\"en\">Massive Open Online Course</span> et un <q lang=\"en-GB\">Study"
                + "\n Guide</q>.</p>";

        assertThat(SearchHit.extractHtml("le \uE000Massive\uE001 Open \uE000Online\uE001 Course (MOOC) et le Study Guide",
                html)).isEqualTo("le <span lang=\"en\"><mark>Massive</mark> Open <mark>Online</mark> Course</span> "
                        + "(MOOC) et le <span lang=\"en-GB\">Study Guide</span>");
    }

    @Test
    void aHighlightAcrossTheEndOfAPhraseIsSplitSoThatTheElementsNest() {
        assertThat(SearchHit.extractHtml("\uE000Study Guide 2027\uE001", "<span lang=\"en\">Study Guide</span>"))
                .isEqualTo("<span lang=\"en\"><mark>Study Guide</mark></span><mark> 2027</mark>");
    }

    @Test
    void onlyWholePhrasesAreMarkedTheLongestFirst() {
        String html = "<span lang=\"en\">Study</span> <span lang=\"de\">Study Guide</span>";

        assertThat(SearchHit.extractHtml("Studying the Study Guide", html))
                .isEqualTo("Studying the <span lang=\"de\">Study Guide</span>");
    }

    @Test
    void aMarkedPhraseIsEscapedAndAnInvalidOrHostileLanguageIsNotCopied() {
        String html = "<span lang=\"en\">Tom &amp; &quot;Jerry&quot; &lt;3</span>"
                + "<span lang=\"en&quot; onclick=&quot;alert(1)\">Anteater</span>"
                + "<span lang=\"x\" onclick=\"alert(1)\">Aardvark</span><span lang=\"fr\"><b>Fourmilier</b></span>";

        assertThat(SearchHit.extractHtml("Tom & \"Jerry\" <3, Anteater, Aardvark, Fourmilier", html))
                .isEqualTo("<span lang=\"en\">Tom &amp; &quot;Jerry&quot; &lt;3</span>, Anteater, Aardvark, Fourmilier");
    }

    @Test
    void theAddressIsTheAreaAndTheSlug() {
        assertThat(SearchHit.of("t", Area.MOBILITE, "aides-financieres", "", null).url())
                .isEqualTo("/mobilite/aides-financieres");
        assertThat(SearchHit.of("t", Area.EUNICE, "", "", null).url()).isEqualTo("/eunice");
    }
}

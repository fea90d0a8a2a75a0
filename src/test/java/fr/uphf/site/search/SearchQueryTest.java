package fr.uphf.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsAreTidied() {
        assertThat(SearchQuery.of("  bourse\u0000\tErasmus\n ", null).words()).isEqualTo("bourse Erasmus");
        assertThat(SearchQuery.of(null, null).isBlank()).isTrue();
        assertThat(SearchQuery.of(" \u0007 ", null).isBlank()).isTrue();
    }

    /** Found by SearchQueryFuzzTest: an ideographic space was kept, and left at the end of a cut query. */
    @Test
    void everyUnicodeSpaceIsASpace() {
        assertThat(SearchQuery.of("bourse\u3000Erasmus\u00a0\u2028", null).words()).isEqualTo("bourse Erasmus");
        assertThat(SearchQuery.of("mot ".repeat(49) + "abc\u3000" + "x".repeat(20), null).words())
                .doesNotEndWith(" ").doesNotEndWith("\u3000");
    }

    @Test
    void longWordsAreCutBetweenTwoWords() {
        SearchQuery query = SearchQuery.of("bourse ".repeat(40), null);
        assertThat(query.words()).hasSize(195).endsWith("bourse");
    }

    @Test
    void aSingleEndlessWordIsCutWithoutSplittingACharacter() {
        String emoji = "\uD83D\uDE00";
        SearchQuery query = SearchQuery.of("a".repeat(199) + emoji + "bcd", null);
        assertThat(query.words()).isEqualTo("a".repeat(199) + emoji);
    }

    @Test
    void aMissingOrWrongPageNumberMeansTheFirstPage() {
        assertThat(SearchQuery.of("x", "3").page()).isEqualTo(3);
        assertThat(SearchQuery.of("x", "3").offset()).isEqualTo(20);
        assertThat(SearchQuery.of("x", null).page()).isEqualTo(1);
        assertThat(SearchQuery.of("x", "abc").page()).isEqualTo(1);
        assertThat(SearchQuery.of("x", "0").page()).isEqualTo(1);
        assertThat(SearchQuery.of("x", "-2").page()).isEqualTo(1);
        assertThat(SearchQuery.of("x", "99999999999").page()).isEqualTo(1);
        assertThat(SearchQuery.of("x", "99999").page()).isEqualTo(10_000);
    }
}

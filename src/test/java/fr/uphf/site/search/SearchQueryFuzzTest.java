package fr.uphf.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any words and page typed are a query that can be searched: tidy words, a page in range, an offset that fits. */
class SearchQueryFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anyInputIsASearchableQuery(FuzzedDataProvider data) {
        String page = data.consumeBoolean() ? null : data.consumeString(12);
        String words = data.consumeBoolean() ? null : data.consumeRemainingAsString();
        SearchQuery query = SearchQuery.of(words, page);
        assertThat(query.words()).doesNotContainPattern("[\\p{Cc}\\p{Cs}]").isEqualTo(query.words().strip());
        assertThat(query.words().codePointCount(0, query.words().length())).isLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
        assertThat(query.page()).isBetween(1, 10_000);
        assertThat(query.offset()).isBetween(0, 10_000 * SearchQuery.PAGE_SIZE);
    }
}

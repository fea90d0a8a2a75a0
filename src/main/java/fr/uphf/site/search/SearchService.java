package fr.uphf.site.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches everything visitors can open: prose pages and structured facts, ranked by PostgreSQL full-text search in
 * French, or on the English pages in English over their English texts (search/search-en.sql). The query is search/search.sql, which the benchmark in bench/ times as it is. A vague query that many
 * pages match ranks a bounded number of them (see {@link #MAX_RANKED}), so its cost does not grow with the site.
 */
@Service
class SearchService {

    /** Per query, at most this many pages holding the words in their title or description are kept, as many others. */
    static final int MAX_RANKED = 500;

    private final JdbcClient jdbc;
    private final String sql;
    private final String englishSql;

    SearchService(JdbcClient jdbc, @Value("classpath:search/search.sql") Resource sql,
            @Value("classpath:search/search-en.sql") Resource englishSql) throws IOException {
        this.jdbc = jdbc;
        this.sql = sql.getContentAsString(StandardCharsets.UTF_8);
        this.englishSql = englishSql.getContentAsString(StandardCharsets.UTF_8);
    }

    @Transactional(readOnly = true)
    SearchResults search(SearchQuery query) {
        if (query.isBlank()) {
            return new SearchResults(query, List.of(), 0, false);
        }
        List<Row> rows = jdbc.sql(Language.current() == Language.EN ? englishSql : sql)
                .param("q", query.words())
                .param("limit", SearchQuery.PAGE_SIZE)
                .param("offset", query.offset())
                .param("ranked", MAX_RANKED)
                .query((rs, rowNum) -> new Row(SearchHit.of(rs.getString("title"), Area.valueOf(rs.getString("area")),
                        rs.getString("slug"), rs.getString("extract"), rs.getString("html")),
                        rs.getLong("total"), rs.getBoolean("more")))
                .list();
        if (rows.isEmpty()) {
            return new SearchResults(query, List.of(), 0, false);
        }
        return new SearchResults(query, rows.stream().map(Row::hit).toList(), rows.get(0).total(), rows.get(0).more());
    }

    private record Row(SearchHit hit, long total, boolean more) {
    }
}

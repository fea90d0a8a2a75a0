package fr.uphf.site.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.uphf.site.content.Area;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches everything visitors can open: prose pages and structured facts, ranked by PostgreSQL full-text search in
 * French. The query is search/search.sql, which the benchmark in bench/ times as it is.
 */
@Service
class SearchService {

    private final JdbcClient jdbc;
    private final String sql;

    SearchService(JdbcClient jdbc, @Value("classpath:search/search.sql") Resource sql) throws IOException {
        this.jdbc = jdbc;
        this.sql = sql.getContentAsString(StandardCharsets.UTF_8);
    }

    @Transactional(readOnly = true)
    SearchResults search(SearchQuery query) {
        if (query.isBlank()) {
            return new SearchResults(query, List.of(), 0);
        }
        List<Row> rows = jdbc.sql(sql)
                .param("q", query.words())
                .param("limit", SearchQuery.PAGE_SIZE)
                .param("offset", query.offset())
                .query((rs, rowNum) -> new Row(SearchHit.of(rs.getString("title"), Area.valueOf(rs.getString("area")),
                        rs.getString("slug"), rs.getString("extract")), rs.getLong("total")))
                .list();
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        return new SearchResults(query, rows.stream().map(Row::hit).toList(), total);
    }

    private record Row(SearchHit hit, long total) {
    }
}

package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteClient;
import fr.uphf.site.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No page sends more than a small, fixed number of SQL statements when it is rendered, however much content the site
 * holds: every public page is rendered, then rendered again once every structured table shown in lists has 25 more
 * rows; the counts must stay under the bound and not change (no query per row). The requests carry a cookie, which
 * takes them past the page cache to the rendering (the cache's own test shows that a kept page sends none).
 */
@RunningSiteTest
class SqlStatementsPerPageTest {

    private static final int MOST_STATEMENTS_PER_PAGE = 12;
    private static final int MORE_ROWS = 25;
    private static final String PAST_THE_PAGE_CACHE = "Cookie: test=rendered";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Long> statementsPerPage(List<String> paths) throws IOException {
        SiteClient visitor = new SiteClient(port);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : paths) {
            long before = SqlStatements.count();
            assertThat(visitor.get(path, PAST_THE_PAGE_CACHE).status()).as(path).isLessThan(500);
            counts.put(path, SqlStatements.count() - before);
        }
        return counts;
    }

    @Test
    void everyPageSendsAFewStatementsWhateverTheAmountOfContent() throws IOException {
        List<String> paths = PublicSite.pages(port).stream().map(PublicSite.FetchedPage::path).toList();
        Map<String, Long> seeded = statementsPerPage(paths);

        for (int row = 1; row <= MORE_ROWS; row++) {
            jdbc.update("insert into contact_point (area, service, label, email, sort_order, campus_id)"
                    + " select 'SERVICES', 'Service ajouté', 'Contact ajouté " + row + "', 'contact" + row
                    + "@uphf.fr', 900, min(id) from campus");
            jdbc.update("insert into timeline_event (year, body, sort_order, campus_id)"
                    + " select 2030, 'Événement ajouté " + row + "', 900, min(id) from campus");
            jdbc.update("insert into eunice_partner (name, city, country, country_code, sort_order)"
                    + " values ('Université ajoutée " + row + "', 'Ville', 'Pays', 'XX', 900)");
            jdbc.update("insert into key_figure (code, qualifier, value, label, sort_order)"
                    + " values ('ajout-" + row + "', '', '" + row + "', 'Chiffre ajouté', 900)");
        }
        Map<String, Long> grown = statementsPerPage(paths);

        System.out.println("SQL statements per page rendered (seeded content, then with " + MORE_ROWS + " more rows per table):");
        seeded.forEach((path, count) -> System.out.printf("  %3d %3d  %s%n", count, grown.get(path), path));
        assertThat(grown).allSatisfy((path, count) ->
                assertThat(count).as(path).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE));
        assertThat(grown).isEqualTo(seeded);
    }
}

package fr.uphf.site.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.SqlStatements;
import fr.uphf.site.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of each structured table reads its rows, and the rows they refer to, in a few statements: never one more
 * per row (the labels of durations and combinations name the grants they belong to).
 */
@SiteTest
class DataListsTest {

    private static final int MOST_STATEMENTS_PER_LIST = 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    DataTypes types;

    @Test
    void everyListReadsItsRowsAndWhatTheyReferToInAFewStatements() throws Exception {
        Map<String, Long> statements = new LinkedHashMap<>();
        for (DataType<?> type : types.all()) {
            long before = SqlStatements.count();
            mvc.perform(get("/admin/donnees/" + type.slug()).with(Staff.editor())).andExpect(status().isOk());
            statements.put(type.slug(), SqlStatements.count() - before);
        }
        System.out.println("SQL statements per admin list: " + statements);
        assertThat(statements).allSatisfy((slug, count) ->
                assertThat(count).as(slug).isLessThanOrEqualTo(MOST_STATEMENTS_PER_LIST));
    }
}

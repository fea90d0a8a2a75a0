package fr.uphf.site.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.nio.charset.StandardCharsets;

import fr.uphf.site.support.SiteTest;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * An amount is written the same way — « 1 234,50 € », narrow no-break spaces — on every French page and in the API, and
 * « €1,234.50 » on English pages.
 */
@SiteTest
@Transactional
class AmountsTest {

    private static final String AMOUNT = "1\u202f234,50\u202f€";
    private static final String GERMANY_STUDIES = "?type=ETUDES&pays=DE&jours=90&niveau=L2&boursier=true&quotient=12000";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void thePublishedTablesTheEstimatorAndTheApiWriteAnAmountAlike() throws Exception {
        jdbc.update("update grant_amount set amount = 1234.5 where label = 'Pays du groupe 2'"
                + " and academic_year = (select code from grant_year where published)");
        entities.clear();

        Document tables = page("/mobilite/aides-financieres");
        assertThat(tables.select("main td").eachText()).contains(AMOUNT, AMOUNT + " par mois");

        Document estimate = page("/mobilite/estimer-mes-aides" + GERMANY_STUDIES);
        assertThat(estimate.select("#estimation tbody tr").first().select("td").eachText()).contains(AMOUNT);
        assertThat(estimate.select("#aide-ERASMUS li").eachText()).contains("Pays du groupe 2 : " + AMOUNT + " par mois.");

        mvc.perform(get("/api/mobilite/aides" + GERMANY_STUDIES))
                .andExpect(jsonPath("$.aides[0].raisons", hasItem("Pays du groupe 2 : " + AMOUNT + " par mois.")));
    }

    @Test
    void englishPagesWriteAnAmountTheEnglishWay() throws Exception {
        jdbc.update("update grant_amount set amount = 1234.5 where label = 'Pays du groupe 2'"
                + " and academic_year = (select code from grant_year where published)");
        entities.clear();

        assertThat(page("/en/international/financial-aid").select("main td").eachText())
                .anyMatch(text -> text.startsWith("€1,234.50")).noneMatch(text -> text.contains(AMOUNT));
    }

    @Test
    void theEstimatorReadsAmountsAsPeopleTypeThem() throws Exception {
        for (String quotient : new String[] {"12 000", "12\u202f000 €", "12000,00", "12000.0"}) {
            Document estimate = Jsoup.parse(mvc.perform(get("/mobilite/estimer-mes-aides").param("type", "ETUDES")
                            .param("pays", "DE").param("jours", "90").param("niveau", "L2").param("boursier", "true")
                            .param("quotient", quotient))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(estimate.select(".field-error")).as(quotient).isEmpty();
            assertThat(estimate.select("#aide-MERMOZ li").eachText()).as(quotient)
                    .anyMatch(reason -> reason.startsWith("Quotient familial de 12\u202f000\u202f€"));
        }
    }
}

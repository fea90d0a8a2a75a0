package fr.uphf.site.university;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The rankings page draws the scores by goal from the rows as they are, in both languages. */
@SiteTest
class RankingChartTest {

    private static final String PAGE = "/universite/classements";

    @Autowired
    MockMvc mvc;

    @Autowired
    RankingResultRepository rankings;

    private Element chart(String path) throws Exception {
        Document page = new SiteCrawler(mvc).page(path);
        assertThat(page.select("svg.goal-chart")).hasSize(1);
        return page.selectFirst("svg.goal-chart");
    }

    private List<RankingResult> scoredGoals() {
        return rankings.findAll().stream().filter(result -> result.getGoalNumber() != null && result.getScore() != null)
                .sorted(Comparator.comparing(RankingResult::getGoalNumber)).toList();
    }

    private static BigDecimal width(Element bar) {
        return new BigDecimal(bar.attr("width"));
    }

    @Test
    void theRankingsPageDrawsOneBarPerScoredGoalWithTheRowsScore() throws Exception {
        List<RankingResult> scored = scoredGoals();
        assertThat(scored).extracting(RankingResult::getGoalNumber).containsExactly(4, 10, 13, 17);
        Element chart = chart(PAGE);
        assertThat(chart.select("rect.goal-chart-bar")).hasSize(scored.size());
        assertThat(chart.select("text.goal-chart-score").eachText()).containsExactly("55,6", "58,2", "33,6", "48,2");
        for (int i = 0; i < scored.size(); i++) {
            assertThat(width(chart.select("rect.goal-chart-bar").get(i)))
                    .isEqualByComparingTo(scored.get(i).getScore().multiply(GoalChart.UNITS_PER_POINT));
        }
        String text = SiteCrawler.normalise(chart.select("text").eachText().toString());
        assertThat(text).contains("4 — éducation de qualité", "Rang 301-400 sur 966 établissements",
                "Objectifs sans score publié", "5 — égalité entre les sexes", "Rang 401-600 sur 776 établissements",
                "10 — inégalités réduites", "Rang 401-600 sur 1 154 établissements");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.ownerDocument().getElementById(chart.attr("aria-labelledby")).tagName()).isEqualTo("title");
        assertThat(chart.attr("aria-describedby").split(" ")).allSatisfy(id ->
                assertThat(chart.ownerDocument().getElementById(id)).isNotNull());
        Element caption = chart.ownerDocument().getElementById(chart.attr("aria-describedby").split(" ")[1]);
        assertThat(caption.tagName()).isEqualTo("caption");
        assertThat(caption.parent().select("tbody tr")).hasSize(8);
    }

    @Test
    void editingAScoreInTheDataEditorChangesItsBar() throws Exception {
        RankingResult climate = scoredGoals().get(2);
        assertThat(climate.getGoalNumber()).isEqualTo(13);
        save(climate, "72,4");
        Element chart = chart(PAGE);
        assertThat(chart.select("text.goal-chart-score").eachText()).containsExactly("55,6", "58,2", "72,4", "48,2");
        assertThat(width(chart.select("rect.goal-chart-bar").get(2))).isEqualByComparingTo("217.2");

        save(climate, "");
        chart = chart(PAGE);
        assertThat(chart.select("rect.goal-chart-bar")).hasSize(3);
        assertThat(chart.select("text.goal-chart-score").eachText()).containsExactly("55,6", "58,2", "48,2");
        assertThat(SiteCrawler.normalise(chart.select("text").eachText().toString()))
                .contains("Objectifs sans score publié, 5 — égalité entre les sexes");
        assertThat(chart.select("text").eachText()).containsSubsequence("Objectifs sans score publié",
                "13 — mesures relatives à la lutte", "contre les changements climatiques", "Rang 301-400 sur 566 établissements");
    }

    @Test
    void theEnglishPageDrawsTheChartInEnglish() throws Exception {
        Element chart = chart("/en/university/rankings");
        assertThat(chart.selectFirst("title").text()).isEqualTo(
                "Times Higher Education – Impact ranking (2021): UPHF’s scores by Sustainable Development Goal");
        assertThat(chart.select("text").eachText()).contains("4 — quality education", "Ranked 301-400 of 966 institutions",
                "Goals without a published score", "7 — affordable and clean energy", "Ranked 401+ of 560 institutions");
        assertThat(chart.select("text.goal-chart-score").eachText()).containsExactly("55.6", "58.2", "33.6", "48.2");
        assertThat(chart.select("text[lang]")).isEmpty();
    }

    private void save(RankingResult result, String score) throws Exception {
        RankingResult row = rankings.findById(result.getId()).orElseThrow();
        mvc.perform(post("/admin/donnees/classements/" + row.getId()).with(Staff.editor()).with(csrf())
                        .param("ranking", row.getRanking()).param("year", row.getYear().toString())
                        .param("goalNumber", row.getGoalNumber().toString()).param("goalLabel", row.getGoalLabel())
                        .param("band", row.getBand()).param("participants", row.getParticipants().toString())
                        .param("score", score).param("sortOrder", row.getSortOrder().toString())
                        .param("version", String.valueOf(row.getVersion())))
                .andExpect(redirectedUrl("/admin/donnees/classements"));
    }
}

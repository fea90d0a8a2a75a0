package fr.uphf.site.mobility;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.uphf.site.audit.AuditLogRepository;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff prepare a new academic year of grant rules as a copy of the published one, and publish it after confirming. */
@SiteTest
class GrantYearAdminTest {

    private static final String YEARS = "/admin/donnees/annees-aides";
    private static final String NEW_YEAR = "2030-2031";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GrantCatalogues catalogues;

    @Autowired
    AuditLogRepository audit;

    @AfterEach
    void republishTheSeededYearAndForgetTheNewOne() {
        catalogues.publish("2022-2023");
        jdbc.update("delete from grant_duration where rule_id in (select id from grant_rule where academic_year = ?)", NEW_YEAR);
        for (String table : List.of("grant_rule", "grant_amount", "grant_criterion", "grant_combination", "erasmus_country")) {
            jdbc.update("delete from " + table + " where academic_year = ?", NEW_YEAR);
        }
        jdbc.update("delete from grant_year where code = ?", NEW_YEAR);
    }

    private Document staffPage(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(Staff.editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Submits a form as rendered, its text fields typed over by {@code typed} (name, value, name, value…). */
    private ResultActions submit(Element form, String... typed) throws Exception {
        MockHttpServletRequestBuilder request = post(form.attr("action")).with(Staff.editor()).with(csrf());
        for (Element input : form.select("input[name]")) {
            String value = input.val();
            for (int i = 0; i < typed.length; i += 2) {
                value = typed[i].equals(input.attr("name")) ? typed[i + 1] : value;
            }
            request.param(input.attr("name"), value);
        }
        return mvc.perform(request);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where academic_year = ?", Integer.class, NEW_YEAR);
    }

    @Test
    void aNewYearIsADraftCopyOfThePublishedOneUntilStaffPublishIt() throws Exception {
        Document list = staffPage(YEARS);
        assertThat(list.select("tbody tr").eachText()).contains("2022-2023 Publiée");
        assertThat(list.select("#code").val()).isEqualTo("2023-2024");

        submit(list.selectFirst("form.form"), "code", NEW_YEAR).andExpect(redirectedUrl(YEARS));
        assertThat(staffPage(YEARS).select("tbody tr").eachText()).contains(NEW_YEAR + " Brouillon Publier…", "2022-2023 Publiée");
        for (String table : List.of("grant_rule", "grant_amount", "grant_criterion", "grant_combination", "erasmus_country")) {
            assertThat(count(table)).as(table).isPositive()
                    .isEqualTo(jdbc.queryForObject("select count(*) from " + table + " where academic_year = '2022-2023'",
                            Integer.class));
        }
        assertThat(jdbc.queryForObject("select count(*) from grant_duration d join grant_rule r on r.id = d.rule_id"
                + " where r.academic_year = ?", Integer.class, NEW_YEAR)).isPositive();
        jdbc.update("update grant_amount set amount = 333 where academic_year = ? and label = 'Pays du groupe 2'", NEW_YEAR);
        assertThat(SiteCrawler.normalise(new SiteCrawler(mvc).page("/mobilite/aides-financieres").text()))
                .doesNotContain(NEW_YEAR, "333 €");

        Document confirmation = staffPage(YEARS + "/" + NEW_YEAR + "/publier");
        assertThat(confirmation.select("h1").text()).isEqualTo("Publier l’année " + NEW_YEAR + " ?");
        assertThat(confirmation.select("main").text()).contains("L’année 2022-2023, publiée aujourd’hui, sera retirée");
        submit(confirmation.selectFirst("main form")).andExpect(redirectedUrl(YEARS));

        assertThat(staffPage(YEARS).select("tbody tr").eachText()).contains(NEW_YEAR + " Publiée", "2022-2023 Brouillon Publier…");
        assertThat(SiteCrawler.normalise(new SiteCrawler(mvc).page("/mobilite/aides-financieres").text()))
                .contains(NEW_YEAR, "333 €");
        mvc.perform(get("/api/mobilite/aides?type=ETUDES&pays=DE&jours=90&niveau=L2&boursier=true&quotient=12000"))
                .andExpect(jsonPath("$.anneeUniversitaire").value(NEW_YEAR))
                .andExpect(jsonPath("$.aides[0].montantMensuel").value(333.0));
        assertThat(audit.search("redactrice", "CREATE", GrantYears.TYPE, Pageable.unpaged())).isNotEmpty();
        assertThat(audit.search("redactrice", "PUBLISH", GrantYears.TYPE, Pageable.unpaged())).isNotEmpty();
    }

    @Test
    void aWrongOrExistingYearIsRefusedWithAFrenchError() throws Exception {
        for (String code : List.of("2030", "2030-2032", "2022-2023")) {
            Document page = Jsoup.parse(submit(staffPage(YEARS).selectFirst("form.form"), "code", code)
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.select("#code-error").text()).as(code).isNotBlank().startsWith(
                    code.equals("2022-2023") ? "Cette année universitaire existe déjà" : "Année universitaire attendue");
            assertThat(page.select("#code").val()).isEqualTo(code);
        }
        assertThat(jdbc.queryForObject("select count(*) from grant_year", Integer.class)).isEqualTo(1);
    }

    @Test
    void anUnknownYearCannotBePublished() throws Exception {
        mvc.perform(get(YEARS + "/1999-2000/publier").with(Staff.editor())).andExpect(status().isNotFound());
        mvc.perform(post(YEARS + "/1999-2000/publier").with(Staff.editor()).with(csrf())).andExpect(status().isNotFound());
    }
}

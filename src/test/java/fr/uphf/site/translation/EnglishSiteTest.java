package fr.uphf.site.translation;

import java.nio.charset.StandardCharsets;

import fr.uphf.site.mobility.GrantYears;
import fr.uphf.site.support.SiteTest;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the English site does with its translations: an English page reads its translation, says when the French
 * changed after it and shows the French alone, marked, when it has none; the addresses, the search, the guides and
 * their APIs in English; the browser's language never redirects.
 */
@SiteTest
@Transactional
class EnglishSiteTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GrantYears years;

    @Autowired
    EntityManager entityManager;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html, "http://localhost/");
    }

    @Test
    void anUpToDateTranslationIsShownWithoutNoticeAndWithItsAlternates() throws Exception {
        Document history = page(get("/en/university/history"));

        assertThat(history.select("html").attr("lang")).isEqualTo("en");
        assertThat(history.select("h1").text()).isNotEqualTo("Histoire").doesNotContain("Histoire");
        assertThat(history.select(".notice")).isEmpty();
        assertThat(history.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("fr", "en", "x-default");
        assertThat(history.select("link[hreflang=fr]").attr("href")).endsWith("/universite/histoire");
        assertThat(history.select(".language-switch a").attr("href")).isEqualTo("/universite/histoire");
        assertThat(page(get("/universite/histoire")).select(".language-switch a").attr("href"))
                .isEqualTo("/en/university/history");
    }

    @Test
    void aFrenchChangeAfterTheTranslationIsAnnouncedOnTheEnglishPage() throws Exception {
        jdbc.update("update page set body_markdown = body_markdown || E'\\n\\nUne phrase ajoutée.', "
                + "updated_at = timestamptz '2027-03-03 10:00:00+01' where area = 'UNIVERSITE' and slug = 'histoire'");

        Document history = page(get("/en/university/history"));

        assertThat(history.select(".notice").text())
                .contains("The French version of this page was updated on 3 March 2027, after this translation")
                .contains("the French version prevails");
        assertThat(history.select(".notice a").attr("href")).isEqualTo("/universite/histoire");
        assertThat(history.select(".prose").text()).doesNotContain("Une phrase ajoutée");

        jdbc.update("update translation set source_text = p.body_markdown from page p where p.id = object_id "
                + "and object_type = 'page' and field = 'bodyMarkdown' and p.area = 'UNIVERSITE' and p.slug = 'histoire'");
        entityManager.clear(); // the requests share this test's transaction: forget the rows they read before
        assertThat(page(get("/en/university/history")).select(".notice")).isEmpty();
    }

    @Test
    void aPageWithoutEnglishShowsItsFrenchMarkedAndIsLeftOutOfTheEnglishSitemap() throws Exception {
        jdbc.update("delete from translation where object_type = 'page' and field <> 'slug' and object_id = "
                + "(select id from page where area = 'UNIVERSITE' and slug = 'qualite')");

        Document quality = page(get("/en/university/quality"));

        assertThat(quality.select("html").attr("lang")).isEqualTo("en");
        assertThat(quality.select("h1").attr("lang")).isEqualTo("fr");
        assertThat(quality.select(".prose").attr("lang")).isEqualTo("fr");
        assertThat(quality.select(".notice").text()).contains("available in French only");
        assertThat(quality.select("link[rel=alternate]")).isEmpty();
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(sitemap).contains("<loc>http://localhost:8080/universite/qualite</loc>")
                .doesNotContain("<loc>http://localhost:8080/en/university/quality</loc>")
                .contains("<loc>http://localhost:8080/en/university/history</loc>")
                .contains("hreflang=\"en\" href=\"http://localhost:8080/en/university/history\"");
    }

    @Test
    void aRowWithoutEnglishIsShownInFrenchMarkedSo() throws Exception {
        jdbc.update("delete from translation where object_type = 'eunice_partner' and field = 'name' and object_id = "
                + "(select id from eunice_partner where country_code = 'IT')");

        Document partners = page(get("/en/eunice/partners"));

        assertThat(partners.select("th[scope=row] span[lang=fr]").eachText()).containsExactly("Université de Catania");
        assertThat(partners.select("main + .wrap .notice").text()).contains("French");
    }

    @Test
    void aNewAcademicYearOfGrantsKeepsTheEnglishOfTheRowsItCopies() {
        years.createDraft("2023-2024");

        assertThat(jdbc.queryForObject("""
                select count(*) from translatable_text t join translation x on x.object_type = t.object_type
                and x.object_id = t.object_id and x.field = t.field and x.source_text = t.french
                where t.object_type in ('grant_amount', 'grant_criterion', 'erasmus_country')""", Long.class))
                .isEqualTo(jdbc.queryForObject("""
                        select count(*) from translatable_text
                        where object_type in ('grant_amount', 'grant_criterion', 'erasmus_country')""", Long.class))
                .isEqualTo(2 * jdbc.queryForObject("""
                        select count(*) from translatable_text t join grant_amount a on t.object_type = 'grant_amount'
                        and a.id = t.object_id and a.academic_year = '2022-2023'""", Long.class)
                        + 2 * jdbc.queryForObject("select count(*) from grant_criterion where academic_year = '2022-2023'",
                                Long.class)
                        + 2 * jdbc.queryForObject("select count(*) from erasmus_country where academic_year = '2022-2023'",
                                Long.class));
    }

    @Test
    void aPageAtItsFrenchSlugUnderEnglishLeadsToItsEnglishAddress() throws Exception {
        mvc.perform(get("/en/international/aides-financieres")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/en/international/financial-aid"));
        mvc.perform(get("/en/international/nothing-here")).andExpect(status().isNotFound());
    }

    @Test
    void theBrowserLanguageNeverRedirects() throws Exception {
        Document home = page(get("/").header("Accept-Language", "en-GB,en;q=0.9"));

        assertThat(home.select("html").attr("lang")).isEqualTo("fr");
        assertThat(home.select(".language-suggestion a").attr("href")).isEqualTo("/en");
        assertThat(home.select(".language-suggestion").attr("lang")).isEqualTo("en");
        assertThat(page(get("/")).select(".language-suggestion")).isEmpty();
        assertThat(page(get("/").header("Accept-Language", "fr-FR,en;q=0.5")).select(".language-suggestion")).isEmpty();
        assertThat(page(get("/en/university").header("Accept-Language", "fr")).select(".language-suggestion a").attr("href"))
                .isEqualTo("/universite");
    }

    @Test
    void theSearchOfTheEnglishSiteSearchesTheEnglishTexts() throws Exception {
        Document results = page(get("/en/search").param("q", "grants"));

        assertThat(results.select(".search-results h2").eachText()).contains("Financial aid");
        assertThat(results.select(".search-results a[href=/en/international/financial-aid]")).isNotEmpty();
        assertThat(page(get("/en/search").param("q", "histoire")).select(".search-results h2")).isEmpty();
    }

    @Test
    void theGuidesAnswerInEnglish() throws Exception {
        Document answer = page(get("/en/admissions/where-to-apply").param("profil", "LYCEEN").param("diplome", "LICENCE")
                .param("annee", "1").param("apprentissage", "false").param("residenceFrance", "true"));

        assertThat(answer.select("#reponse h2").text()).contains("Parcoursup");
        assertThat(answer.select(".guide-explanation").attr("lang")).isEmpty();
        assertThat(EnglishPagesTest.looksFrench(answer.select("#reponse").text())).isFalse();
        assertThat(answer.select("form.guide-form").attr("action")).isEqualTo("/en/admissions/where-to-apply");
    }

    @Test
    void theApisAnswerInEnglishWhenAskedTo() throws Exception {
        String query = "/api/mobilite/aides?type=ETUDES&pays=DE&jours=150&niveau=L3&boursier=true&quotient=12000";
        mvc.perform(get(query + "&lang=en")).andExpect(status().isOk())
                .andExpect(jsonPath("$.avertissement").value(org.hamcrest.Matchers.containsString("estimate")));
        mvc.perform(get(query).header("Accept-Language", "en-GB,en;q=0.8,fr;q=0.5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.avertissement").value(org.hamcrest.Matchers.containsString("estimate")));
        mvc.perform(get(query)).andExpect(status().isOk())
                .andExpect(jsonPath("$.avertissement").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("estimate"))));
        mvc.perform(get(query.replace("jours=150", "jours=-1") + "&lang=en")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Paramètres"))));
    }
}

package fr.uphf.site.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The site search, through the results page, on the seeded content and on pages each test adds and rolls back. */
@SiteTest
@Transactional
class SearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Document search(String words) throws Exception {
        return search(words, null);
    }

    private Document search(String words, String page) throws Exception {
        MockHttpServletRequestBuilder request = get("/recherche").param("q", words);
        if (page != null) {
            request.param("page", page);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html, "http://localhost/recherche");
    }

    /** The results page for these words as served, to look for what should not be in it. */
    private String searchHtml(String words) throws Exception {
        return mvc.perform(get("/recherche").param("q", words)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> titles(Document results) {
        return results.select(".search-results h2").eachText();
    }

    private long addPage(String slug, String title, String body) {
        return jdbc.queryForObject("insert into page (area, slug, title, description, body_markdown) "
                + "values ('SERVICES', ?, ?, 'Une page ajoutée pour le test.', ?) returning id",
                Long.class, slug, title, body);
    }

    @Test
    void wordsWithoutAccentsFindTheTextWrittenWithAccents() throws Exception {
        addPage("accueil-quetzal", "Accueil Quetzal", "Le programme Quetzal accueille les étudiants étrangers.");

        for (String words : List.of("etudiants etrangers quetzal", "étudiants étrangers quetzal",
                "ETUDIANTS Étrangers QUETZAL")) {
            Document results = search(words);
            assertThat(titles(results)).as(words).containsExactly("Accueil Quetzal");
            assertThat(results.select(".search-extract mark").eachText()).as(words)
                    .contains("Quetzal", "étudiants", "étrangers");
        }
        assertThat(titles(search("etudiants etrangers"))).contains("Mobilité internationale");
    }

    @Test
    void aWordFindsItsOtherFormsInFrench() throws Exception {
        addPage("bourse-tamanoir", "Aide Tamanoir", "Une bourse unique pour le projet Tamanoir.");

        assertThat(titles(search("bourses tamanoirs"))).containsExactly("Aide Tamanoir");
        Document grants = search("bourses");
        assertThat(titles(grants)).contains("Bourse Mermoz", "Les aides financières");
        assertThat(grants.select("a[href=/mobilite/aides-financieres]")).isNotEmpty();
    }

    @Test
    void aHitInTheTitleRanksAboveAHitInTheBodyOnly() throws Exception {
        addPage("corps-wombat", "Une page sur les animaux", "On y parle du wombat, une fois.");
        addPage("titre-wombat", "Le wombat", "Un marsupial d'Australie.");

        assertThat(titles(search("wombat"))).containsExactly("Le wombat", "Une page sur les animaux");
    }

    @Test
    void aPageIsFoundOnlyWhileVisitorsCanSeeIt() throws Exception {
        long id = addPage("page-ornithorynque", "L'ornithorynque", "Un animal étonnant.");
        assertThat(titles(search("ornithorynque"))).containsExactly("L'ornithorynque");

        jdbc.update("update page set published = false where id = ?", id);
        assertThat(titles(search("ornithorynque"))).isEmpty();

        jdbc.update("update page set published = true, expire_at = now() - interval '1 hour' where id = ?", id);
        assertThat(titles(search("ornithorynque"))).isEmpty();

        jdbc.update("update page set expire_at = now() + interval '1 day' where id = ?", id);
        assertThat(titles(search("ornithorynque"))).containsExactly("L'ornithorynque");
    }

    @Test
    void anEditIsSearchableAsSoonAsItIsSavedAndADraftNever() throws Exception {
        long id = addPage("page-okapi", "L'okapi", "Un animal discret.");
        jdbc.update("insert into revision (object_type, object_id, snapshot, author) values ('PAGE', ?, "
                + "'{\"title\": \"Le capybara\", \"bodyMarkdown\": \"Brouillon sur le capybara.\"}', 'redacteur')", id);
        assertThat(titles(search("capybara"))).isEmpty();

        jdbc.update("update page set body_markdown = 'Un animal discret, cousin de la girafe.' where id = ?", id);
        assertThat(titles(search("girafe"))).containsExactly("L'okapi");
    }

    @Test
    void factsAreFoundOnlyWhileThePageThatShowsThemIsVisible() throws Exception {
        assertThat(titles(search("Mermoz"))).contains("Bourse Mermoz");
        assertThat(titles(search("Maubeuge"))).contains("Maubeuge");
        assertThat(search("Maubeuge").select("a[href=/campus/maubeuge]")).isNotEmpty();

        jdbc.update("update page set published = false where area = 'MOBILITE' and slug = 'aides-financieres'");
        assertThat(titles(search("Mermoz"))).doesNotContain("Bourse Mermoz", "Les aides financières");

        jdbc.update("update page set published = false where area = 'CAMPUS' and slug = ''");
        assertThat(search("Maubeuge").select(".search-results a[href^=/campus]")).isEmpty();
    }

    @Test
    void resultsComeTenAPageWithLinksToTheOtherPages() throws Exception {
        for (int i = 1; i <= 23; i++) {
            addPage("pangolin-" + i, (i <= 15 ? "Pangolin numéro " : "Page numéro ") + i, "Le pangolin, encore.");
        }
        Document first = search("pangolin");
        assertThat(first.select(".search-results > li")).hasSize(10);
        assertThat(first.select(".search-count").text()).contains("23 résultats pour « pangolin »", "Résultats 1 à 10");
        assertThat(first.select(".search-pages").text()).contains("Page 1 sur 3");
        Element next = first.selectFirst(".search-pages a[rel=next]");
        assertThat(next).isNotNull();
        assertThat(first.select(".search-pages a[rel=prev]")).isEmpty();

        List<String> second = titles(search("pangolin", "2"));
        assertThat(second.subList(0, 5)).allMatch(title -> title.startsWith("Pangolin"));
        assertThat(second.subList(5, 10)).allMatch(title -> title.startsWith("Page"));

        Document last = search("pangolin", "3");
        assertThat(last.select(".search-results > li")).hasSize(3);
        assertThat(last.selectFirst(".search-results").attr("start")).isEqualTo("21");
        assertThat(last.select(".search-pages a[rel=next]")).isEmpty();
        assertThat(new SiteCrawler(mvc).page(next.attr("href")).select(".search-results > li")).hasSize(10);

        Document past = search("pangolin", "9");
        assertThat(past.select(".search-message").text()).contains("n’existe pas");
        assertThat(past.select(".search-message a").attr("href")).isEqualTo("/recherche?q=pangolin");
        assertThat(search("pangolin", "abc").select(".search-results > li")).hasSize(10);
    }

    @Test
    void aVagueQueryRanksABoundedNumberOfPagesAndSaysThereAreMore() throws Exception {
        int pages = SearchService.MAX_RANKED + 5;
        jdbc.update("insert into page (area, slug, title, description, body_markdown) "
                + "select 'SERVICES', 'tatou-' || n, 'Page ' || n, 'Une page de plus.', 'Le tatou, encore.' "
                + "from generate_series(1, ?) as n", pages);
        addPage("titre-tatou", "Le tatou", "Un animal cuirassé.");

        int kept = SearchService.MAX_RANKED + 1;
        Document first = search("tatou");
        assertThat(titles(first).get(0)).isEqualTo("Le tatou");
        assertThat(first.select(".search-count").text()).contains(
                "Plus de " + NumberFormat.getIntegerInstance(Locale.FRENCH).format(kept) + " résultats pour « tatou »",
                "ajoutez des mots");
        assertThat(first.select(".search-pages").text()).contains("Page 1 sur " + (kept + 9) / 10);
    }

    @Test
    void anEmptyQueryAsksForWords() throws Exception {
        assertThat(new SiteCrawler(mvc).page("/recherche").select(".search-message").text())
                .contains("Saisissez un ou plusieurs mots");
        for (String words : List.of("", "   ", "\t\u0000\n", "\uD800")) {
            Document page = search(words);
            assertThat(page.select(".search-message").text()).as(words).contains("Saisissez un ou plusieurs mots");
            assertThat(page.select("main .search-areas a")).hasSize(6);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"&|!", "'", "\"", "-", "((", "<->", ":*", "!!!!", "de la du", "-étudiants",
            "\"\"\"''' & | ! ( ) : * <->", "zzzzqqqxxx étudiant\u0000étranger"})
    void anAbsurdQueryAnswersWithAdvice(String words) throws Exception {
        Document page = search(words);
        assertThat(page.select(".search-results")).isEmpty();
        assertThat(page.select(".search-message").text()).startsWith("Aucun résultat pour");
        assertThat(page.select("main h2").eachText()).contains("Conseils de recherche");
    }

    @Test
    void aHugeQueryIsCutAndStillSearched() throws Exception {
        String huge = "Mermoz " + "quotient ".repeat(2_000);
        mvc.perform(get("/recherche").param("q", huge)).andExpect(status().isOk());
        Document page = search(huge);
        assertThat(page.selectFirst("#search-words").attr("value")).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
        assertThat(titles(page)).contains("Bourse Mermoz");
    }

    @Test
    void titlesAndExtractsAreEscaped() throws Exception {
        jdbc.update("insert into page (area, slug, title, description, body_markdown) values ('SERVICES', 'xss', "
                + "'<b>Fourmilier</b> & cie', 'Fourmilier < 3 & \"guillemets\"', "
                + "'<script>alert(\"fourmilier\")</script>')");

        String html = searchHtml("fourmilier");
        assertThat(html).doesNotContain("<script>alert", "<b>Fourmilier");
        Element hit = Jsoup.parse(html).selectFirst(".search-results li");
        assertThat(hit.selectFirst("h2").text()).isEqualTo("<b>Fourmilier</b> & cie");
        assertThat(hit.select(".search-extract *")).allMatch(element -> element.tagName().equals("mark"));
        assertThat(hit.select(".search-extract").text()).contains("Fourmilier < 3 &");
    }

    @Test
    void theExtractMarksTheEnglishPhrasesItsPageMarks() throws Exception {
        for (String words : List.of("mooc", "programmes intensifs hybrides")) {
            Element hit = search(words).select(".search-results li").stream()
                    .filter(item -> item.selectFirst("h2 a").attr("href").equals("/eunice/etudiants"))
                    .findFirst().orElseThrow();
            assertThat(hit.select(".search-extract span[lang=en]").eachText()).as(words)
                    .containsAnyOf("Massive Open Online Course", "Blended Intensive Programmes");
            assertThat(hit.select(".search-extract mark").eachText()).as(words).isNotEmpty();
        }
    }

    @Test
    void theLanguageMarksOfAHostilePageAreCopiedEscapedOrNotAtAll() throws Exception {
        jdbc.update("insert into page (area, slug, title, description, body_markdown, body_html) values ('SERVICES', "
                + "'xss-lang', 'Tamanoir', 'Une page hostile.', ?, ?)",
                "Le tamanoir <span lang=\"en\">Giant \"anteater\" & co</span>, l'Orycterope et le Fourmilier.",
                "<p>Le tamanoir <span lang=\"en\">Giant &quot;anteater&quot; &amp; co</span>, "
                        + "l'<span lang=\"en&quot;><script>alert(1)</script>\">Orycterope</span> et le "
                        + "<span lang=\"fr\" onmouseover=\"alert(2)\">Fourmilier</span>.</p>");

        String html = searchHtml("tamanoir");
        assertThat(html).doesNotContain("<script>alert", "onmouseover");
        Element extract = Jsoup.parse(html).selectFirst(".search-results li .search-extract");
        assertThat(extract.select("*").not(".search-extract"))
                .allMatch(element -> element.tagName().equals("mark") || element.tagName().equals("span")
                        && element.attributes().size() == 1 && element.attr("lang").equals("en"));
        assertThat(extract.select("span[lang=en]").eachText()).containsExactly("Giant \"anteater\" & co");
        assertThat(extract.text()).contains("Orycterope et le Fourmilier");
    }

    @Test
    void everyPageHasTheSearchBoxInItsHeader() throws Exception {
        for (String path : List.of("/", "/universite/histoire", "/campus/cambrai", "/recherche?q=campus")) {
            Element form = new SiteCrawler(mvc).page(path).selectFirst("header form[role=search]");
            assertThat(form).as(path).isNotNull();
            assertThat(form.attr("action")).isEqualTo("/recherche");
            assertThat(form.attr("method")).isEqualTo("get");
            Element input = form.selectFirst("input[type=search][name=q]");
            assertThat(input).isNotNull();
            assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Rechercher sur le site");
        }
    }
}

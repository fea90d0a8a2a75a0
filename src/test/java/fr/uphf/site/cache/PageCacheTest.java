package fr.uphf.site.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.uphf.site.content.PageEditor;
import fr.uphf.site.content.PageRepository;
import fr.uphf.site.support.MutableClock;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteClient;
import fr.uphf.site.support.SqlStatements;
import fr.uphf.site.support.Staff;
import fr.uphf.site.support.TestDatabases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page cache serves visitors from memory, and never a page older than what it shows: each kind of content is
 * changed (structured rows of every public table, pages through the admin, a scheduled publication, a change made by
 * another instance) and every page showing it must change at once, while pages that do not show it stay kept.
 */
@RunningSiteTest
@AutoConfigureMockMvc
class PageCacheTest {

    private static final String PAST_THE_CACHE = "Cookie: test=staff";
    /** The guides' pages, rendered for every request (see {@link NotCached}). */
    private static final List<String> GUIDES = List.of("/admission/ou-candidater", "/mobilite/estimer-mes-aides",
            "/en/admissions/where-to-apply", "/en/international/estimate-my-grants");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageRepository pages;

    @Autowired
    PageEditor editor;

    @Autowired
    MutableClock clock;

    private SiteClient visitor;

    @BeforeEach
    void visitorOnceTheCacheKeepsPages() throws IOException, InterruptedException {
        visitor = new SiteClient(port);
        visitor.getUntil("/", answer -> "HIT".equals(answer.header("X-Cache")), Duration.ofSeconds(10));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aKeptPageIsServedWithoutSqlAndAnswersConditionalRequests() throws IOException {
        SiteClient.Answer first = visitor.get("/universite/classements");
        long before = SqlStatements.count();
        SiteClient.Answer kept = visitor.get("/universite/classements");
        assertThat(kept.header("X-Cache")).isEqualTo("HIT");
        assertThat(SqlStatements.count() - before).isZero();
        assertThat(kept.body()).isEqualTo(first.body());
        assertThat(kept.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(kept.header("Cache-Control")).isEqualTo("public, max-age=60, stale-if-error=86400");
        assertThat(kept.header("Content-Security-Policy")).isNotBlank();
        assertThat(kept.header("Last-Modified")).isNotBlank();
        assertThat(Integer.parseInt(kept.header("Age"))).isGreaterThanOrEqualTo(0);

        SiteClient.Answer unchanged = visitor.get("/universite/classements", "If-None-Match: " + kept.header("ETag"));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(visitor.get("/universite/classements", "If-Modified-Since: " + kept.header("Last-Modified")).status())
                .isEqualTo(304);
        assertThat(visitor.get("/universite/classements", "If-None-Match: W/\"autre\"").status()).isEqualTo(200);

        SiteClient.Answer gzipped = visitor.get("/universite/classements", "Accept-Encoding: br, gzip");
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(String.join(", ", gzipped.headers("Vary"))).contains("Accept-Encoding", "Accept-Language");
        assertThat(Integer.parseInt(gzipped.header("Content-Length"))).isLessThan(first.body().length() / 3);
        assertThat(visitor.get("/universite/classements", "Accept-Encoding: gzip;q=0").header("Content-Encoding")).isNull();
    }

    @Test
    void staffSearchesAndGuideAnswersAreRenderedEveryTime() throws IOException {
        visitor.get("/campus");
        assertThat(visitor.get("/campus", PAST_THE_CACHE).header("X-Cache")).isNull();
        for (String path : List.of("/recherche?q=campus", "/mobilite/estimer-mes-aides?type=STAGE&pays=DE&jours=90",
                "/api/admission/orientation?diplome=MASTER&annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true")) {
            visitor.get(path);
            assertThat(visitor.get(path).header("X-Cache")).as(path).isEqualTo("MISS");
        }
        assertThat(visitor.get("/cette-page-n-existe-pas").status()).isEqualTo(404);
        assertThat(visitor.get("/cette-page-n-existe-pas").header("X-Cache")).isNotEqualTo("HIT");
    }

    /**
     * A row of each public table, changed where the admin's edits go: every page then shows what it shows when
     * rendered afresh (some of them the change), while pages that do not read the table stay kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"campus", "key_figure", "timeline_event", "ranking_result", "eunice_partner",
            "mobility_grant", "grant_criterion", "commission_date", "contact_point", "certification",
            "application_platform", "service_location"})
    void aChangedRowShowsAtOnceOnEveryPageShowingItAndNowhereElse(String table) throws IOException {
        Map<String, String> before = texts(false);
        Shown shown = shownOnSomePage(table, before)
                .orElseThrow(() -> new AssertionError("no text of " + table + " found on a public page"));
        assertThat(texts(true)).as("every page is kept before the change").isEqualTo(before);

        jdbc.update("update " + table + " set " + shown.column() + " = upper(" + shown.column() + ") where id = ?", shown.id());

        List<String> changed = new ArrayList<>();
        List<String> stillKept = new ArrayList<>();
        for (String path : before.keySet()) {
            String afresh = text(visitor.get(path, PAST_THE_CACHE));
            SiteClient.Answer answer = visitor.get(path);
            assertThat(text(answer)).as(path + " after a change of " + table).isEqualTo(afresh);
            if (!afresh.equals(before.get(path))) {
                changed.add(path);
            } else if ("HIT".equals(answer.header("X-Cache"))) {
                stillKept.add(path);
            }
        }
        assertThat(changed).as("pages showing the change of " + table).isNotEmpty();
        assertThat(stillKept).as("pages that do not read " + table + " stay kept").isNotEmpty();
    }

    /** Tables that no page reads, Flyway's and the staff sessions' (written at every staff request): they stay silent. */
    private static final List<String> SILENT_TABLES = List.of("flyway_schema_history", "spring_session",
            "spring_session_attributes",
            // files waiting for their form's next try: never shown to visitors
            "media_upload");

    @Test
    void everyTableAnnouncesItsChangesToEveryInstance() {
        List<String> silent = jdbc.queryForList("""
                select c.relname from pg_class c
                where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
                  and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = c.relname || '_changed')
                order by 1""", String.class);
        assertThat(silent).containsExactlyInAnyOrderElementsOf(SILENT_TABLES);
    }

    @Test
    void aChangeMadeByAnotherInstanceShowsWithinASecond() throws IOException, SQLException, InterruptedException {
        assertThat(visitor.get("/campus/cambrai").body()).doesNotContain("Cambrai-sur-Escaut");
        visitor.get("/campus/cambrai");
        try (Connection elsewhere = DriverManager.getConnection(TestDatabases.url(TestDatabases.current()),
                TestDatabases.user(), TestDatabases.password())) {
            elsewhere.createStatement().executeUpdate("update campus set name = 'Cambrai-sur-Escaut' where slug = 'cambrai'");
        }
        String body = visitor.getUntil("/campus/cambrai", answer -> answer.body().contains("Cambrai-sur-Escaut"),
                Duration.ofSeconds(1)).body();
        assertThat(body).contains("Cambrai-sur-Escaut");
    }

    @Test
    void pageEditsShowAtOnce() throws Exception {
        String path = "/universite/histoire";
        long id = pages.findAll().stream().filter(page -> page.getSlug().equals("histoire")).findFirst().orElseThrow().getId();
        visitor.get(path);
        visitor.get("/universite");
        assertThat(visitor.get(path).header("X-Cache")).isEqualTo("HIT");

        save(id, "histoire", "Notre histoire revue", "Texte revu de l’histoire.", "PUBLISH", null);
        assertThat(visitor.get(path).body()).contains("Texte revu de l’histoire.");
        assertThat(visitor.get("/universite").body()).contains("Notre histoire revue");

        save(id, "notre-histoire", "Notre histoire revue", "Texte revu de l’histoire.", "PUBLISH", null);
        SiteClient.Answer moved = visitor.get(path);
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo("/universite/notre-histoire");

        mvc.perform(post("/admin/pages/" + id + "/depublier").with(Staff.editor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(visitor.get("/universite/notre-histoire").status()).isEqualTo(404);
        assertThat(visitor.get("/universite").body()).doesNotContain("Notre histoire revue");
    }

    @Test
    void aScheduledPublicationShowsWhenItGoesLive() throws Exception {
        long id = pages.findAll().stream().filter(page -> page.getSlug().equals("qualite")).findFirst().orElseThrow().getId();
        String inOneHour = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)),
                ZoneId.of("Europe/Paris")).format(LOCAL);
        save(id, "qualite", "Qualité", "Texte programmé pour plus tard.", "PUBLISH", inOneHour);
        assertThat(visitor.get("/universite/qualite").body()).doesNotContain("Texte programmé pour plus tard.");
        assertThat(visitor.get("/universite/qualite").header("X-Cache")).isEqualTo("HIT");

        clock.advance(Duration.ofMinutes(61));
        editor.publishDue();
        assertThat(visitor.get("/universite/qualite").body()).contains("Texte programmé pour plus tard.");
    }

    private void save(long id, String slug, String title, String body, String action, String goLiveAt) throws Exception {
        var request = post("/admin/pages/" + id).with(Staff.editor()).with(csrf()).param("action", action)
                .param("title", title).param("slug", slug).param("description", "Résumé de " + title)
                .param("bodyMarkdown", body).param("sortOrder", "50")
                .param("version", String.valueOf(pages.findById(id).orElseThrow().getVersion()));
        if (goLiveAt != null) {
            request.param("goLiveAt", goLiveAt);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** A text of a row of the table, long enough to be telling, that some page shows. */
    private record Shown(long id, String column) {
    }

    private Optional<Shown> shownOnSomePage(String table, Map<String, String> texts) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and data_type in ('text', 'character varying')"
                + " order by ordinal_position", String.class, table);
        for (String column : columns) {
            for (Map<String, Object> row : jdbc.queryForList("select id, " + column + " as value from " + table
                    + " where " + column + " like '% %' and length(" + column + ") >= 10 and upper(" + column + ") <> " + column
                    + " order by id")) {
                String value = (String) row.get("value");
                if (texts.values().stream().anyMatch(text -> text.contains(value))) {
                    return Optional.of(new Shown(((Number) row.get("id")).longValue(), column));
                }
            }
        }
        return Optional.empty();
    }

    /** The text of every page a visitor reaches through the site's links; with {@code kept}, each must be a hit. */
    private Map<String, String> texts(boolean kept) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (PublicSite.FetchedPage page : PublicSite.linkedPages(port)) {
            SiteClient.Answer answer = visitor.get(page.path());
            if (kept && !GUIDES.contains(page.path())) {
                assertThat(answer.header("X-Cache")).as(page.path()).isEqualTo("HIT");
            }
            texts.put(page.path(), text(answer));
        }
        return texts;
    }

    private static String text(SiteClient.Answer answer) {
        return Jsoup.parse(answer.body()).text();
    }
}

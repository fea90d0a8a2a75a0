package fr.uphf.site.content;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.uphf.site.audit.AuditLogRepository;
import fr.uphf.site.audit.Revision;
import fr.uphf.site.shared.Area;
import fr.uphf.site.support.MutableClock;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff edit pages through the real security chain: drafts, preview, publication, conflicts, revisions, redirects. */
@SiteTest
class PageEditingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRepository pages;

    @Autowired
    PageEditor editor;

    @Autowired
    PagePublicationScheduler scheduler;

    @Autowired
    AuditLogRepository audit;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A new page in the EUNICE area, created through the admin form, with its id. */
    private long newPage(String slug, String body) throws Exception {
        String location = mvc.perform(post("/admin/pages/nouvelle").param("area", "EUNICE").with(Staff.editor()).with(csrf())
                        .param("title", "Page " + slug).param("slug", slug).param("description", "Résumé de " + slug)
                        .param("bodyMarkdown", body).param("sortOrder", "50"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder save(long id, String title, String slug, String body, String action) {
        Page page = pages.findById(id).orElseThrow();
        return post("/admin/pages/" + id).with(Staff.editor()).with(csrf()).param("action", action)
                .param("title", title).param("slug", slug).param("description", "Résumé")
                .param("bodyMarkdown", body).param("sortOrder", "50").param("version", String.valueOf(page.getVersion()));
    }

    private String publicText(String path) throws Exception {
        return SiteCrawler.normalise(new SiteCrawler(mvc).page(path).text());
    }

    @Test
    void aDraftIsPreviewedThenPublishedAndOnlyThenVisible() throws Exception {
        long id = newPage("atelier-brouillon", "Premier jet.");
        mvc.perform(get("/eunice/atelier-brouillon")).andExpect(status().isNotFound());

        mvc.perform(save(id, "Atelier EUNICE", "atelier-brouillon", "Texte **nouveau** du brouillon.", "PREVIEW"))
                .andExpect(redirectedUrl("/admin/pages/" + id + "/apercu"));
        String preview = mvc.perform(get("/admin/pages/" + id + "/apercu").with(Staff.editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("<h1>Atelier EUNICE</h1>", "<strong>nouveau</strong>", "Aperçu du brouillon");
        mvc.perform(get("/eunice/atelier-brouillon")).andExpect(status().isNotFound());

        mvc.perform(post("/admin/pages/" + id + "/publier").with(Staff.editor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(publicText("/eunice/atelier-brouillon")).contains("Atelier EUNICE", "Texte nouveau du brouillon.");
        assertThat(publicText("/eunice")).contains("Atelier EUNICE");

        // A live page with unpublished changes keeps showing its live version.
        mvc.perform(save(id, "Atelier EUNICE", "atelier-brouillon", "Changement pas encore publié.", "DRAFT"))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.findById(id).orElseThrow().status(clock.instant())).isEqualTo(PageStatus.LIVE_WITH_DRAFT);
        assertThat(publicText("/eunice/atelier-brouillon")).contains("Texte nouveau du brouillon.")
                .doesNotContain("Changement pas encore publié.");
        assertThat(audit.search("redactrice", "PUBLISH", "page", Pageable.unpaged())).isNotEmpty();
    }

    @Test
    void aStaleSaveIsRefusedAndBothVersionsAreShown() throws Exception {
        long id = newPage("atelier-concurrent", "Version d'origine.");
        MockHttpServletRequestBuilder first = save(id, "Titre A", "atelier-concurrent", "Texte de la première personne.", "DRAFT");
        MockHttpServletRequestBuilder second = save(id, "Titre B", "atelier-concurrent", "Texte de la seconde personne.", "DRAFT");
        mvc.perform(first).andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(second).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(conflict).contains("Quelqu’un d’autre a modifié cette page", "Texte de la première personne.",
                "Texte de la seconde personne.");
        assertThat(editor.editing(id).draft().bodyMarkdown()).isEqualTo("Texte de la première personne.");
    }

    @Test
    void aRestoredRevisionCanBePublishedAgain() throws Exception {
        long id = newPage("atelier-revisions", "Texte numéro un.");
        mvc.perform(save(id, "Atelier", "atelier-revisions", "Texte numéro un.", "PUBLISH")).andExpect(status().is3xxRedirection());
        mvc.perform(save(id, "Atelier", "atelier-revisions", "Texte numéro deux.", "PUBLISH")).andExpect(status().is3xxRedirection());
        assertThat(publicText("/eunice/atelier-revisions")).contains("Texte numéro deux.");

        var revisions = editor.revisions(id);
        Revision oldest = revisions.get(revisions.size() - 1);
        String compare = mvc.perform(get("/admin/pages/" + id + "/revisions").param("de", String.valueOf(oldest.getId()))
                        .param("a", String.valueOf(revisions.get(0).getId())).with(Staff.editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(compare).contains("<del>un</del>", "<ins>deux</ins>");

        mvc.perform(post("/admin/pages/" + id + "/revisions/" + oldest.getId() + "/restaurer").with(Staff.editor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(publicText("/eunice/atelier-revisions")).contains("Texte numéro deux.");
        mvc.perform(post("/admin/pages/" + id + "/publier").with(Staff.editor()).with(csrf()));
        assertThat(publicText("/eunice/atelier-revisions")).contains("Texte numéro un.");
        assertThat(audit.search(null, "RESTORE", "page", Pageable.unpaged())).isNotEmpty();
    }

    @Test
    void changingTheSlugKeepsTheOldAddressAsAPermanentRedirect() throws Exception {
        long id = newPage("ancienne-adresse", "Contenu.");
        mvc.perform(save(id, "Page", "ancienne-adresse", "Contenu.", "PUBLISH"));
        mvc.perform(save(id, "Page", "nouvelle-adresse", "Contenu.", "PUBLISH"));
        mvc.perform(get("/eunice/ancienne-adresse"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/eunice/nouvelle-adresse"));
        mvc.perform(get("/eunice/nouvelle-adresse")).andExpect(status().isOk());
    }

    @Test
    void twoRunsOfTheSchedulerAtOnceAsOnTwoInstancesPublishADuePageOnce() throws Exception {
        long id = newPage("atelier-deux-instances", "Programmée.");
        String inOneHour = LocalDateTime.ofInstant(clock.instant(), clock.getZone()).plusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        mvc.perform(save(id, "Deux instances", "atelier-deux-instances", "Programmée.", "PUBLISH")
                .param("goLiveAt", inOneHour)).andExpect(status().is3xxRedirection());
        long revisions = revisionCount(id);
        clock.advance(Duration.ofMinutes(61));

        // A colleague holds the page's row, so that both runs read the due revision before either can publish it.
        ExecutorService threads = Executors.newFixedThreadPool(3);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> colleague = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            pages.findForUpdate(id);
            held.countDown();
            awaitQuietly(release);
        }));
        held.await();
        Future<Integer> first = threads.submit(editor::publishDue);
        Future<Integer> second = threads.submit(editor::publishDue);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (waitingOnALock() < 2) {
            assertThat(System.nanoTime()).as("both runs waiting for the page's row").isLessThan(deadline);
            Thread.sleep(20);
        }
        release.countDown();
        colleague.get();
        assertThat(first.get() + second.get()).isEqualTo(1);
        threads.shutdown();

        assertThat(audit.search(null, "PUBLISH", "page", Pageable.unpaged()).stream()
                .filter(entry -> entry.getObjectId() == id)).hasSize(1);
        assertThat(revisionCount(id)).isEqualTo(revisions);
        assertThat(pages.findById(id).orElseThrow().status(clock.instant())).isEqualTo(PageStatus.LIVE);
    }

    private long revisionCount(long id) {
        return jdbc.queryForObject("select count(*) from revision where object_type = 'page' and object_id = ?",
                Long.class, id);
    }

    private long waitingOnALock() {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock'", Long.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void scheduledPublicationAndExpiryFollowTheClock() throws Exception {
        long id = newPage("atelier-programme", "Bientôt en ligne.");
        String inOneHour = LocalDateTime.ofInstant(clock.instant(), clock.getZone()).plusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        mvc.perform(save(id, "Programmée", "atelier-programme", "Bientôt en ligne.", "PUBLISH").param("goLiveAt", inOneHour))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.findById(id).orElseThrow().status(clock.instant())).isEqualTo(PageStatus.SCHEDULED);
        editor.publishDue();
        mvc.perform(get("/eunice/atelier-programme")).andExpect(status().isNotFound());

        clock.advance(Duration.ofMinutes(61));
        editor.publishDue();
        mvc.perform(get("/eunice/atelier-programme")).andExpect(status().isOk());

        String inTwoHours = LocalDateTime.ofInstant(clock.instant(), clock.getZone()).plusHours(2)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        mvc.perform(save(id, "Programmée", "atelier-programme", "Bientôt en ligne.", "PUBLISH").param("expireAt", inTwoHours));
        mvc.perform(get("/eunice/atelier-programme")).andExpect(status().isOk());
        clock.advance(Duration.ofHours(3));
        scheduler.publishDuePages();
        mvc.perform(get("/eunice/atelier-programme")).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsShownNextToTheFieldsAndKept() throws Exception {
        long id = newPage("atelier-erreurs", "Texte.");
        Page page = pages.findById(id).orElseThrow();
        String html = mvc.perform(post("/admin/pages/" + id).with(Staff.editor()).with(csrf())
                        .param("title", "").param("slug", "Pas Valide!").param("description", "Résumé gardé")
                        .param("bodyMarkdown", "Texte gardé").param("sortOrder", "abc").param("goLiveAt", "demain")
                        .param("version", String.valueOf(page.getVersion())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document form = Jsoup.parse(html);
        assertThat(form.select("#title-error")).isNotEmpty();
        assertThat(form.select("#slug-error").text()).contains("Lettres minuscules");
        assertThat(form.select("#sortOrder-error")).isNotEmpty();
        assertThat(form.select("#goLiveAt-error").text()).contains("Date invalide");
        assertThat(form.select("#description").val()).isEqualTo("Résumé gardé");
        assertThat(form.select("#bodyMarkdown").text()).isEqualTo("Texte gardé");
        assertThat(form.select("#slug").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void xssPayloadsAreInertOnThePublicPage() throws Exception {
        String payloads = new ClassPathResource("xss-payloads.txt").getContentAsString(StandardCharsets.UTF_8);
        long id = newPage("atelier-xss", payloads);
        mvc.perform(save(id, "XSS", "atelier-xss", payloads, "PUBLISH")).andExpect(status().is3xxRedirection());
        Element main = new SiteCrawler(mvc).page("/eunice/atelier-xss").selectFirst("main");
        assertThat(main.select("script, iframe, object, embed, style, svg, math, form, input, meta, link, base, img, video, details, marquee")).isEmpty();
        for (Element element : main.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("srcdoc");
                assertThat(attribute.getValue().toLowerCase().replaceAll("\\s", ""))
                        .doesNotContain("javascript:", "vbscript:", "data:text");
            });
        }
    }

    @Test
    void areaIndexPagesCannotBeDeletedOrUnpublished() throws Exception {
        Page index = pages.findByAreaAndSlug(Area.MOBILITE, "").orElseThrow();
        mvc.perform(post("/admin/pages/" + index.getId() + "/supprimer").with(Staff.editor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/pages/" + index.getId() + "/depublier").with(Staff.editor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/mobilite")).andExpect(status().isOk());
    }

    @Test
    void everyAdminScreenAnswersWithLabelledFields() throws Exception {
        Page page = pages.findByAreaAndSlug(Area.UNIVERSITE, "histoire").orElseThrow();
        for (String path : new String[] {"/admin", "/admin/pages", "/admin/pages/" + page.getId(),
                "/admin/pages/nouvelle?area=CAMPUS", "/admin/pages/" + page.getId() + "/revisions", "/admin/donnees",
                "/admin/donnees/montants-aides", "/admin/donnees/contacts/nouveau", "/admin/comptes", "/admin/journal"}) {
            Document document = Jsoup.parse(mvc.perform(get(path).with(Staff.admin())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            for (Element field : document.select("input:not([type=hidden]), select, textarea")) {
                boolean labelled = !document.select("label[for=" + field.id() + "]").isEmpty()
                        || field.hasAttr("aria-label") || field.parents().is("label");
                assertThat(labelled).as(path + " " + field).isTrue();
            }
            assertThat(document.select("h1")).as(path).hasSize(1);
        }
    }

}

package fr.uphf.site.content;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import fr.uphf.site.audit.Revision;
import fr.uphf.site.support.AtOnce;
import fr.uphf.site.support.MutableClock;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What must never be lost while staff edit pages: a draft saved after a publication was scheduled, the text of a
 * colleague saving at the same moment, the original text of seeded pages, the schedule shown in the form.
 */
@SiteTest
class PageLifecycleTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRepository pages;

    @Autowired
    PageEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long newPage(String slug) throws Exception {
        String location = mvc.perform(post("/admin/pages/nouvelle").param("area", "EUNICE").with(Staff.editor()).with(csrf())
                        .param("title", "Page " + slug).param("slug", slug).param("description", "Résumé de " + slug)
                        .param("bodyMarkdown", "Premier texte.").param("sortOrder", "50"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder save(long id, long version, String slug, String body, String action) {
        return post("/admin/pages/" + id).with(Staff.editor()).with(csrf()).param("action", action)
                .param("title", "Page " + slug).param("slug", slug).param("description", "Résumé de " + slug)
                .param("bodyMarkdown", body).param("sortOrder", "50").param("version", String.valueOf(version));
    }

    private long version(long id) {
        return pages.findById(id).orElseThrow().getVersion();
    }

    private String inParis(Duration fromNow) {
        return LocalDateTime.ofInstant(clock.instant().plus(fromNow), clock.getZone()).format(LOCAL);
    }

    private Document editForm(long id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/pages/" + id).with(Staff.editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aDraftSavedAfterASchedulePublicationStaysADraftWhenTheScheduledVersionGoesLive() throws Exception {
        long id = newPage("programmee-puis-corrigee");
        mvc.perform(save(id, version(id), "programmee-puis-corrigee", "Version programmée.", "PUBLISH")
                .param("goLiveAt", inParis(Duration.ofHours(1)))).andExpect(status().is3xxRedirection());
        mvc.perform(save(id, version(id), "programmee-puis-corrigee", "Version corrigée.", "DRAFT"))
                .andExpect(status().is3xxRedirection());
        assertThat(editForm(id).select(".admin-side").text()).contains("version antérieure");

        clock.advance(Duration.ofMinutes(61));
        editor.publishDue();

        Page page = pages.findById(id).orElseThrow();
        assertThat(page.getBodyMarkdown()).isEqualTo("Version programmée.");
        assertThat(page.status(clock.instant())).isEqualTo(PageStatus.LIVE_WITH_DRAFT);
        assertThat(editForm(id).select("#bodyMarkdown").text()).isEqualTo("Version corrigée.");
    }

    @Test
    void theFormShowsTheScheduleAndTheScheduleCanBeCancelled() throws Exception {
        long id = newPage("programmation-annulee");
        String inOneHour = inParis(Duration.ofHours(1));
        mvc.perform(save(id, version(id), "programmation-annulee", "Texte.", "PUBLISH").param("goLiveAt", inOneHour))
                .andExpect(status().is3xxRedirection());
        Document form = editForm(id);
        assertThat(form.select("#goLiveAt").val()).isEqualTo(inOneHour);
        String cancel = form.select("form[action$=/programmation/annuler]").attr("action");
        assertThat(cancel).isEqualTo("/admin/pages/" + id + "/programmation/annuler");

        mvc.perform(post(cancel).with(Staff.editor()).with(csrf())).andExpect(status().is3xxRedirection());
        clock.advance(Duration.ofHours(2));
        editor.publishDue();

        Page page = pages.findById(id).orElseThrow();
        assertThat(page.status(clock.instant())).isEqualTo(PageStatus.DRAFT);
        assertThat(editForm(id).select("#goLiveAt").val()).isEmpty();
        mvc.perform(get("/eunice/programmation-annulee")).andExpect(status().isNotFound());
    }

    @Test
    void twoEditorsSavingTheSamePageAtOnceGetOneSaveAndOneConflictPageNeverAnError() throws Exception {
        long id = newPage("deux-editeurs");
        for (int round = 0; round < 8; round++) {
            long version = version(id);
            List<Callable<MockHttpServletResponse>> saves = new ArrayList<>();
            for (String who : List.of("Alice", "Bob")) {
                String body = "Texte de " + who + ", tour " + round + ".";
                saves.add(() -> mvc.perform(save(id, version, "deux-editeurs", body, "DRAFT")).andReturn().getResponse());
            }
            List<Integer> statuses = new ArrayList<>();
            for (MockHttpServletResponse response : AtOnce.run(saves)) {
                statuses.add(response.getStatus());
                if (response.getStatus() == 200) {
                    Document conflict = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
                    assertThat(conflict.select("#conflict-heading").text()).contains("Quelqu");
                    assertThat(conflict.select("#bodyMarkdown").text()).startsWith("Texte de").endsWith("tour " + round + ".");
                }
            }
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(302, 200);
        }
    }

    @Test
    void aSeededPageKeepsItsOriginalTextAsItsFirstRevision() throws Exception {
        long id = jdbc.queryForObject("""
                insert into page (area, slug, parent_id, sort_order, title, description, body_markdown, body_html, published)
                select 'EUNICE', 'page-semee', id, 90, 'Page semée', 'Résumé semé', 'Texte d''origine.', '<p>Texte d''origine.</p>', true
                from page where area = 'EUNICE' and slug = '' returning id""", Long.class);
        mvc.perform(save(id, version(id), "page-semee", "Texte modifié.", "PUBLISH")).andExpect(status().is3xxRedirection());

        List<Revision> revisions = editor.revisions(id);
        Revision original = revisions.get(revisions.size() - 1);
        assertThat(original.getAuthor()).isEqualTo(Revision.ORIGINAL_AUTHOR);
        assertThat(editor.read(original).bodyMarkdown()).isEqualTo("Texte d'origine.");

        mvc.perform(post("/admin/pages/" + id + "/revisions/" + original.getId() + "/restaurer").with(Staff.editor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/pages/" + id + "/publier").with(Staff.editor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.findById(id).orElseThrow().getBodyMarkdown()).isEqualTo("Texte d'origine.");
    }
}

package fr.uphf.site.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.uphf.site.audit.Trash;
import fr.uphf.site.content.PageEditor;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Deleting asks first and moves things to the trash, with what belongs to them; an administrator puts them back. */
@SiteTest
class TrashTest {

    /** The tables a grant's deletion reaches (on delete cascade), dumped whole to compare before and after. */
    private static final List<String> GRANT_TABLES = List.of("mobility_grant", "grant_criterion", "grant_amount",
            "grant_rule", "grant_duration", "grant_combination");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageEditor pages;

    @Autowired
    Trash trash;

    private Document html(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** Follows the delete link of an edit screen to its confirmation page, and returns the form's address. */
    private String confirmDelete(String confirmationPath) throws Exception {
        Document confirmation = html(confirmationPath, Staff.editor());
        assertThat(confirmation.select("h1").text()).startsWith("Supprimer « ");
        return confirmation.select("main form[method=post]").attr("action");
    }

    private String dump(String table) {
        return String.join("\n", jdbc.queryForList(
                "select (to_jsonb(t) - 'search_vector')::text from " + table + " t order by id", String.class));
    }

    @Test
    void aPageIsDeletedOnlyAfterConfirmationAndAnAdministratorRestoresItWithItsRevisions() throws Exception {
        String location = mvc.perform(post("/admin/pages/nouvelle").param("area", "EUNICE").with(Staff.editor()).with(csrf())
                        .param("title", "Page à jeter").param("slug", "page-a-jeter").param("description", "Résumé")
                        .param("bodyMarkdown", "Texte.").param("sortOrder", "50"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/admin/pages/" + id + "/publier").with(Staff.editor()).with(csrf()));
        int revisions = pages.revisions(id).size();

        assertThat(html("/admin/pages/" + id, Staff.editor()).select("a[href=/admin/pages/" + id + "/supprimer]")).hasSize(1);
        String action = confirmDelete("/admin/pages/" + id + "/supprimer");
        mvc.perform(get("/eunice/page-a-jeter")).andExpect(status().isOk());

        mvc.perform(post(action).with(Staff.editor()).with(csrf())).andExpect(redirectedUrl("/admin/pages"));
        mvc.perform(get("/eunice/page-a-jeter")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/corbeille").with(Staff.editor())).andExpect(status().isForbidden());

        Document list = html("/admin/corbeille", Staff.admin());
        String restore = list.select("tr:contains(Page à jeter) form").attr("action");
        mvc.perform(post(restore).with(Staff.admin()).with(csrf())).andExpect(redirectedUrl("/admin/pages/" + id));
        mvc.perform(get("/eunice/page-a-jeter")).andExpect(status().isOk());
        assertThat(pages.revisions(id)).hasSize(revisions);
        assertThat(html("/admin/corbeille", Staff.admin()).text()).doesNotContain("Page à jeter");
    }

    @Test
    void aGrantGoesToTheTrashWithItsAmountsCriteriaAndRulesAndComesBackWhole() throws Exception {
        long grant = jdbc.queryForObject("select id from mobility_grant where code = 'ERASMUS'", Long.class);
        List<String> before = GRANT_TABLES.stream().map(this::dump).toList();
        assertThat(jdbc.queryForObject("select count(*) from grant_amount where grant_id = ?", Long.class, grant)).isPositive();

        mvc.perform(post(confirmDelete("/admin/donnees/aides/" + grant + "/supprimer")).with(Staff.editor()).with(csrf()))
                .andExpect(redirectedUrl("/admin/donnees/aides"));
        assertThat(jdbc.queryForObject("select count(*) from grant_amount where grant_id = ?", Long.class, grant)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from grant_rule where grant_id = ?", Long.class, grant)).isZero();

        long item = trash.items().get(0).id();
        mvc.perform(post("/admin/corbeille/" + item + "/restaurer").with(Staff.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/donnees/aides/" + grant));
        assertThat(GRANT_TABLES.stream().map(this::dump).toList()).isEqualTo(before);
    }

    @Test
    void restoringAContactLinksTheOrientationRulesThatUsedItAgain() throws Exception {
        long contact = jdbc.queryForObject("""
                select contact_point_id from orientation_rule where contact_point_id is not null
                order by id limit 1""", Long.class);
        String rulesBefore = dump("orientation_rule");

        mvc.perform(post(confirmDelete("/admin/donnees/contacts/" + contact + "/supprimer")).with(Staff.editor()).with(csrf()))
                .andExpect(redirectedUrl("/admin/donnees/contacts"));
        assertThat(jdbc.queryForObject("select count(*) from orientation_rule where contact_point_id = ?", Long.class,
                contact)).isZero();

        mvc.perform(post("/admin/corbeille/" + trash.items().get(0).id() + "/restaurer").with(Staff.admin()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(dump("orientation_rule")).isEqualTo(rulesBefore);
    }

    @Test
    void aRowOthersStillUseIsNotDeletedAndNothingGoesToTheTrash() throws Exception {
        long campus = jdbc.queryForObject("select campus_id from service_location limit 1", Long.class);
        int inTrash = trash.items().size();
        mvc.perform(post(confirmDelete("/admin/donnees/campus/" + campus + "/supprimer")).with(Staff.editor()).with(csrf()))
                .andExpect(flash().attribute("error", "admin.data.error.inUse"));
        assertThat(jdbc.queryForObject("select count(*) from campus where id = ?", Long.class, campus)).isOne();
        assertThat(trash.items()).hasSize(inTrash);
    }

    @Test
    void emptyingTheTrashAsksFirstAndIsForGood() throws Exception {
        jdbc.update("insert into commission_date (subject, meeting_date, sort_order) values ('Commission à jeter', '2030-01-01', 99)");
        long row = jdbc.queryForObject("select id from commission_date where subject = 'Commission à jeter'", Long.class);
        mvc.perform(post(confirmDelete("/admin/donnees/commissions/" + row + "/supprimer")).with(Staff.editor()).with(csrf()));
        assertThat(html("/admin/corbeille", Staff.admin()).text()).contains("Commission à jeter");

        Document confirmation = html("/admin/corbeille/vider", Staff.admin());
        mvc.perform(post(confirmation.select("main form[method=post]").attr("action")).with(Staff.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/corbeille"));
        assertThat(trash.items()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from commission_date where id = ?", Long.class, row)).isZero();
    }
}

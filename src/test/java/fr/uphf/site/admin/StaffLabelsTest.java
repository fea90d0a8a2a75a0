package fr.uphf.site.admin;

import java.nio.charset.StandardCharsets;

import fr.uphf.site.audit.Revision;
import fr.uphf.site.content.Page;
import fr.uphf.site.content.PageAction;
import fr.uphf.site.content.PageEditor;
import fr.uphf.site.content.PageForm;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff read French names, never internal codes: the journal's kinds of object, a page's data block in a comparison. */
@SiteTest
class StaffLabelsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataTypes types;

    @Autowired
    DataEditor editor;

    @Autowired
    PageEditor pages;

    private Document staffPage(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theJournalFiltersByAReadableKindOfObject() throws Exception {
        DataType<?> amounts = types.find("montants-aides").orElseThrow();
        DataEditor.Row row = editor.list(amounts).get(0);
        editor.save(amounts, row.id(), row.version(), editor.find(amounts, row.id()));

        Document journal = staffPage("/admin/journal", Staff.admin());
        assertThat(journal.select("input#type")).isEmpty();
        Element montants = journal.selectFirst("select#type option[value=montants-aides]");
        assertThat(montants.text()).isEqualTo("Montants des aides");
        assertThat(journal.select("select#type option").eachText()).first().isEqualTo("Tous");
        assertThat(journal.select("select#type option:not([value=''])"))
                .allSatisfy(option -> assertThat(option.text()).isNotEqualTo(option.val()).doesNotContain("-"));

        Document filtered = staffPage("/admin/journal?type=montants-aides", Staff.admin());
        assertThat(filtered.selectFirst("select#type option[selected]").val()).isEqualTo("montants-aides");
        assertThat(filtered.select("tbody td:nth-child(4)").eachText()).isNotEmpty()
                .allMatch(object -> object.startsWith("Montants des aides n° "));
        assertThat(staffPage("/admin", Staff.editor()).select("main li").eachText())
                .anyMatch(entry -> entry.contains("Montants des aides « "))
                .noneMatch(entry -> entry.contains("montants-aides"));
    }

    @Test
    void aComparisonOfTwoRevisionsNamesTheDataBlockInFrench() throws Exception {
        Page page = pages.create(Area.EUNICE, new PageForm("Page comparée", "page-comparee", "Résumé", "Premier texte.",
                Widget.TIMELINE, "50", null, null, null));
        try {
            Revision first = pages.revisions(page.getId()).get(0);
            pages.save(page.getId(), new PageForm("Page comparée", "page-comparee", "Résumé", "Second texte.",
                    Widget.TIMELINE, "50", null, null, page.getVersion()), PageAction.DRAFT);
            Revision second = pages.revisions(page.getId()).get(0);
            String diff = staffPage("/admin/pages/" + page.getId() + "/revisions?de=" + first.getId() + "&a="
                    + second.getId(), Staff.editor()).select("main").text();
            assertThat(diff).contains("Bloc de données : Chronologie").doesNotContain("TIMELINE");
        } finally {
            pages.delete(page.getId());
        }
    }
}

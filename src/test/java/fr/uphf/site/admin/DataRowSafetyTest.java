package fr.uphf.site.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import fr.uphf.site.audit.Revision;
import fr.uphf.site.support.AtOnce;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Nothing typed in a data row is lost: not by two staff saving it at once, not the seeded values after an edit. */
@SiteTest
class DataRowSafetyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataTypes types;

    @Autowired
    DataEditor editor;

    /** A key figure inserted as a migration would seed it: no revision yet. */
    private long seededFigure(String code) {
        return jdbc.queryForObject("""
                insert into key_figure (code, qualifier, value, label, sort_order)
                values (?, '', '42', 'Chiffre semé', 90) returning id""", Long.class, code);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from key_figure where id = ?", Long.class, id);
    }

    private MockHttpServletRequestBuilder save(long id, String code, String label, long version) {
        return post("/admin/donnees/chiffres-cles/" + id).with(Staff.editor()).with(csrf())
                .param("code", code).param("qualifier", "").param("value", "42").param("label", label)
                .param("asOf", "").param("sortOrder", "90").param("version", String.valueOf(version));
    }

    @Test
    void twoStaffSavingTheSameRowAtOnceGetOneSaveAndOneConflictWithTheirInputKept() throws Exception {
        long id = seededFigure("deux-saisies");
        for (int round = 0; round < 8; round++) {
            long version = version(id);
            List<Callable<MockHttpServletResponse>> saves = new ArrayList<>();
            for (String who : List.of("Alice", "Bob")) {
                String label = "Libellé de " + who + " " + round;
                saves.add(() -> mvc.perform(save(id, "deux-saisies", label, version)).andReturn().getResponse());
            }
            List<Integer> statuses = new ArrayList<>();
            for (MockHttpServletResponse response : AtOnce.run(saves)) {
                statuses.add(response.getStatus());
                if (response.getStatus() == 200) {
                    Document conflict = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
                    assertThat(conflict.text()).contains("Quelqu");
                    assertThat(conflict.select("#label").val()).startsWith("Libellé de").endsWith(" " + round);
                }
            }
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(302, 200);
        }
    }

    @Test
    void aSeededRowKeepsItsOriginalValuesAsItsFirstVersion() throws Exception {
        long id = seededFigure("semé");
        mvc.perform(save(id, "semé", "Chiffre modifié", version(id))).andExpect(status().is3xxRedirection());

        List<DataEditor.Version> history = editor.history(types.find("chiffres-cles").orElseThrow(), id);
        assertThat(history).hasSize(2);
        DataEditor.Version original = history.get(1);
        assertThat(original.revision().getAuthor()).isEqualTo(Revision.ORIGINAL_AUTHOR);
        assertThat(original.values()).containsEntry("label", "Chiffre semé");
    }
}

package fr.uphf.site.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The plan of the admin (RGAA 12.1), a second way to every staff screen besides the menu: linked from every screen's
 * menu, listing every screen of the menu and every table of « Données », and only what the signed-in role may open.
 */
@SiteTest
class AdminPlanTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataTypes types;

    private Document page(String path, RequestPostProcessor who) throws Exception {
        var response = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> links(Element element) {
        return element.select("a[href]").eachAttr("href");
    }

    @Test
    void theAdministratorsPlanLeadsToEveryScreenOfTheMenuAndEveryTable() throws Exception {
        Document dashboard = page("/admin", Staff.admin());
        List<String> menu = links(dashboard.selectFirst("header nav"));
        assertThat(menu).contains("/admin/plan", "/admin/comptes");
        List<String> plan = links(page("/admin/plan", Staff.admin()).selectFirst("main"));
        assertThat(plan).containsAll(menu.stream().filter(href -> !href.equals("/admin/plan")).toList());
        assertThat(plan).containsAll(types.all().stream().map(type -> "/admin/donnees/" + type.slug()).toList())
                .contains("/admin/donnees/annees-aides", "/admin/medias/nouveau");
    }

    @Test
    void anEditorsPlanListsOnlyWhatAnEditorMayOpen() throws Exception {
        List<String> plan = links(page("/admin/plan", Staff.editor()).selectFirst("main"));
        assertThat(plan).contains("/admin/pages", "/admin/donnees/campus").doesNotContain("/admin/comptes",
                "/admin/journal", "/admin/corbeille");
        List<String> refused = new ArrayList<>();
        for (String href : plan) {
            int status = mvc.perform(get(href).with(Staff.editor())).andReturn().getResponse().getStatus();
            if (status != 200) {
                refused.add(href + " → " + status);
            }
        }
        assertThat(refused).isEmpty();
    }
}

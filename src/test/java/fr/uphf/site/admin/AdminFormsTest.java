package fr.uphf.site.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every form that posts carries the CSRF token, on every staff screen as rendered (no token added by the test): a
 * plain {@code action=} instead of {@code th:action=} silently drops it, and the form then answers 403 in a browser.
 * The screens are found by following the admin's own links from the dashboard, one page per kind of address.
 */
@SiteTest
class AdminFormsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPostFormOfEveryStaffScreenCarriesTheCsrfToken() throws Exception {
        Map<String, Document> screens = crawl("/admin", Staff.admin());
        screens.putAll(crawl("/admin", Staff.editor()));
        screens.put("/connexion", fetch("/connexion", request -> request));
        assertThat(screens).containsKeys("/admin", "/admin/comptes", "/admin/mon-compte", "/admin/journal",
                "/admin/pages", "/admin/donnees");

        Map<String, String> formsWithoutToken = new LinkedHashMap<>();
        screens.forEach((path, page) -> {
            for (Element form : page.select("form")) {
                if ("post".equalsIgnoreCase(form.attr("method")) && form.select("input[name=_csrf]").isEmpty()) {
                    formsWithoutToken.put(path + " → " + form.attr("action"), form.outerHtml());
                }
            }
        });
        assertThat(formsWithoutToken).isEmpty();
        assertThat(screens.get("/admin").select("form[action=/deconnexion] input[name=_csrf]")).hasSize(1);
    }

    /** The admin screens reachable from {@code start}, one per shape of address (numbers stand for any number). */
    private Map<String, Document> crawl(String start, RequestPostProcessor staff) throws Exception {
        Map<String, Document> screens = new LinkedHashMap<>();
        Set<String> shapes = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!shapes.add(path.replaceAll("\\d+", "#"))) {
                continue;
            }
            Document page = fetch(path, staff);
            if (page == null) {
                continue;
            }
            screens.put(path, page);
            page.select("a[href^=/admin]").forEach(link -> queue.add(link.attr("href").replaceFirst("#.*", "")));
        }
        return screens;
    }

    private Document fetch(String path, RequestPostProcessor staff) throws Exception {
        MvcResult result = mvc.perform(get(path).with(staff)).andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status).as(path).isIn(200, 403);
        return status == 200 ? Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)) : null;
    }
}

package fr.uphf.site.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Fetches pages of the site through MockMvc and reads them as a browser would. */
public final class SiteCrawler {

    private final MockMvc mvc;

    public SiteCrawler(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The page at this path, which must answer 200. */
    public Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(path + " answered " + result.getResponse().getStatus());
        }
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
    }

    /** Text normalised the same way on both sides of a comparison: typographic apostrophes and spaces folded. */
    public static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u00a0', ' ').replace('\u202f', ' ')
                .replaceAll("\\s+", " ")
                .trim();
    }
}

package fr.uphf.site.search;

import java.util.regex.Pattern;

import fr.uphf.site.shared.Area;
import org.springframework.web.util.HtmlUtils;

/** One result: the title of what was found, its area, its address and an extract as safe HTML, words in mark tags. */
public record SearchHit(String title, Area area, String url, String extractHtml) {

    /** ts_headline puts the highlighted words of an extract between these two private-use characters. */
    private static final Pattern HIGHLIGHTED = Pattern.compile("\uE000([^\uE000\uE001]*)\uE001");

    static SearchHit of(String title, Area area, String slug, String extract) {
        String url = slug.isEmpty() ? area.url() : area.url() + "/" + slug;
        return new SearchHit(title, area, url, highlight(extract));
    }

    /**
     * Escapes the whole extract, then turns each pair of markers into a mark element and drops any stray marker; the
     * line breaks of the text become spaces.
     */
    static String highlight(String extract) {
        String escaped = HtmlUtils.htmlEscape(extract.replaceAll("\\s+", " ").strip(), "UTF-8");
        return HIGHLIGHTED.matcher(escaped).replaceAll("<mark>$1</mark>").replaceAll("[\uE000\uE001]", "");
    }
}

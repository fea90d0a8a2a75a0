package fr.uphf.site.seo;

import java.util.List;

/**
 * What the layout tells search engines and link previews about a page: its canonical URL (none on error pages, which
 * are not indexed), its schema.org structured data as JSON-LD documents ready to be embedded, the address of the same
 * page in the other language ({@code otherLanguage}, for the language switch) and, when the page exists in both, the
 * hreflang alternates; {@code suggested} when the browser prefers the other language, which the page then offers.
 */
public record PageMetadata(String canonicalUrl, boolean indexable, List<String> jsonLd, String otherLanguage,
        List<Alternate> alternates, boolean suggested) {

    /** One language version of a page, for a link rel="alternate" hreflang. */
    public record Alternate(String hreflang, String url) {
    }

    static PageMetadata notIndexed() {
        return new PageMetadata(null, false, List.of(), null, List.of(), false);
    }
}

package fr.uphf.site.seo;

import java.util.List;

/**
 * What the layout tells search engines and link previews about a page: its canonical URL (none on error pages, which
 * are not indexed) and its schema.org structured data, as JSON-LD documents ready to be embedded.
 */
public record PageMetadata(String canonicalUrl, boolean indexable, List<String> jsonLd) {

    static PageMetadata notIndexed() {
        return new PageMetadata(null, false, List.of());
    }
}

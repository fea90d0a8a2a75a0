package fr.uphf.site.shared;

import java.time.LocalDate;

/**
 * A public page listed in sitemap.xml: its French path on the site, the day it last changed, and whether it has an
 * English text (a page with none is left out of the English sitemap and of the hreflang alternates).
 */
public record SitemapEntry(String path, LocalDate lastModified, boolean inEnglish) {

    public SitemapEntry(String path, LocalDate lastModified) {
        this(path, lastModified, true);
    }
}

package fr.uphf.site.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A public page computed from rows of data (a guide): it changes when they do, so its last update, shown on the
 * page and given in sitemap.xml, is the latest change of those rows.
 */
public record ComputedPage(String path, Supplier<Instant> lastChange) implements SitemapSource {

    public LocalDate lastModified() {
        return LocalDate.ofInstant(lastChange.get(), TimeConfiguration.PARIS);
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return List.of(new SitemapEntry(path, lastModified()));
    }
}

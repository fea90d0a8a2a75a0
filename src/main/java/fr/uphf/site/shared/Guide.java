package fr.uphf.site.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A practical guide: a page that answers a visitor's own situation, computed from rows of data. Its link text and
 * summary are the messages guides.AREA.link and guides.AREA.summary, its title the message {@code titleKey}. It
 * changes when its rows do, so its last update, shown on the page and given in sitemap.xml, is their latest change.
 */
public record Guide(Area area, String url, String titleKey, Supplier<Instant> lastChange) implements SitemapSource {

    public LocalDate lastModified() {
        return LocalDate.ofInstant(lastChange.get(), TimeConfiguration.PARIS);
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return List.of(new SitemapEntry(url, lastModified(), area, titleKey));
    }
}

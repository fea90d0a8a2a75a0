package fr.uphf.site.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** The pages of this package in the sitemap: the home page and the legal pages. */
@Component
class SiteSitemap implements SitemapSource {

    private final HomeContent home;

    SiteSitemap(HomeContent home) {
        this.home = home;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry("/", home.load().updatedOn()));
        for (LegalPage page : LegalPage.values()) {
            entries.add(new SitemapEntry(page.path(), page.updatedOn()));
        }
        return entries;
    }
}

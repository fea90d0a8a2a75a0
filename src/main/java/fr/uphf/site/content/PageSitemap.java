package fr.uphf.site.content;

import java.util.List;

import fr.uphf.site.shared.SitemapEntry;
import fr.uphf.site.shared.SitemapSource;
import org.springframework.stereotype.Component;

/** Every page visitors can see, in the sitemap with the day of its last change. */
@Component
class PageSitemap implements SitemapSource {

    private final PageService pages;

    PageSitemap(PageService pages) {
        this.pages = pages;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return pages.allPublished().stream().map(page -> new SitemapEntry(page.url(), page.updatedOn())).toList();
    }
}

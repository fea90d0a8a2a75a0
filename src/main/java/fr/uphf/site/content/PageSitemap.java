package fr.uphf.site.content;

import java.util.List;
import java.util.Set;

import fr.uphf.site.shared.SitemapEntry;
import fr.uphf.site.shared.SitemapSource;
import fr.uphf.site.translation.Translations;
import org.springframework.stereotype.Component;

/** Every page visitors can see, in the sitemap with the day of its last change. */
@Component
class PageSitemap implements SitemapSource {

    private final PageService pages;
    private final Translations translations;

    PageSitemap(PageService pages, Translations translations) {
        this.pages = pages;
        this.translations = translations;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        Set<Long> inEnglish = translations.pagesInEnglish();
        return pages.allPublished().stream()
                .map(page -> new SitemapEntry(page.url(), page.updatedOn(), inEnglish.contains(page.getId())))
                .toList();
    }
}

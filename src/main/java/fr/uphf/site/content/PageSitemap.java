package fr.uphf.site.content;

import java.util.List;
import java.util.Set;

import fr.uphf.site.shared.SitemapEntry;
import fr.uphf.site.shared.SitemapSource;
import fr.uphf.site.translation.Localized;
import fr.uphf.site.translation.Translations;
import org.springframework.stereotype.Component;

/** Every page visitors can see, in the sitemaps with the day of its last change and its title. */
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
                .map(page -> {
                    Localized title = translations.of(page, "title");
                    return new SitemapEntry(page.url(), page.updatedOn(), inEnglish.contains(page.getId()),
                            page.getArea(), SitemapEntry.text(title.text()), title.lang());
                })
                .toList();
    }
}

package fr.uphf.site.legal;

import java.util.Arrays;
import java.util.List;

import fr.uphf.site.shared.AddressPair;
import fr.uphf.site.shared.SitemapEntry;
import fr.uphf.site.shared.SitemapSource;
import org.springframework.stereotype.Component;

/** The legal pages in the sitemap, each with the date of its text, and their addresses in both languages. */
@Component
class LegalSitemap implements SitemapSource, AddressPair.Source {

    @Override
    public List<AddressPair> addressPairs() {
        return Arrays.stream(LegalPage.values()).map(page -> new AddressPair(page.path(), page.englishPath())).toList();
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return Arrays.stream(LegalPage.values()).map(page -> new SitemapEntry(page.path(), page.updatedOn(), null, page.titleKey()))
                .toList();
    }
}

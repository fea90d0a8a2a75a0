package fr.uphf.site.seo;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import fr.uphf.site.shared.AddressPair;
import fr.uphf.site.shared.SitemapEntry;
import fr.uphf.site.shared.SitemapSource;
import org.springframework.stereotype.Component;

/**
 * Every public page, as sitemap.xml and the HTML site map list them: the entries of every area's
 * {@link SitemapSource}, and the site map itself, which changes whenever one of the pages it lists does.
 */
@Component
class PublicPages {

    static final String SITE_MAP = "/plan-du-site";
    static final String ENGLISH_SITE_MAP = "/en/site-map";

    private final List<SitemapSource> sources;

    PublicPages(List<SitemapSource> sources) {
        this.sources = sources;
    }

    /** The pages of the areas, in the order their sources give them. */
    List<SitemapEntry> listed() {
        return sources.stream().flatMap(source -> source.sitemapEntries().stream()).toList();
    }

    /** The pages of the areas and the site map. */
    List<SitemapEntry> all() {
        List<SitemapEntry> listed = listed();
        return Stream.concat(listed.stream(), Stream.of(siteMap(listed))).toList();
    }

    /** The site map's addresses in both languages; a bean of its own, as the addresses are needed by the sources. */
    @Component
    static class SiteMapAddresses implements AddressPair.Source {

        @Override
        public List<AddressPair> addressPairs() {
            return List.of(new AddressPair(SITE_MAP, ENGLISH_SITE_MAP));
        }
    }

    SitemapEntry siteMap(List<SitemapEntry> listed) {
        return new SitemapEntry(SITE_MAP, listed.stream().map(SitemapEntry::lastModified)
                .max(Comparator.naturalOrder()).orElseThrow(), null, "siteMap.title");
    }
}

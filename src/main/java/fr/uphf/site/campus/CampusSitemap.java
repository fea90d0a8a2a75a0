package fr.uphf.site.campus;

import java.util.List;

import fr.uphf.site.shared.SitemapEntry;
import fr.uphf.site.shared.SitemapSource;
import org.springframework.stereotype.Component;

/** The page of each campus, in the sitemap with the day its row last changed. */
@Component
class CampusSitemap implements SitemapSource {

    private final CampusRepository campuses;

    CampusSitemap(CampusRepository campuses) {
        this.campuses = campuses;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return campuses.findAllByOrderBySortOrder().stream()
                .map(campus -> new SitemapEntry(campus.url(), campus.updatedOn()))
                .toList();
    }
}

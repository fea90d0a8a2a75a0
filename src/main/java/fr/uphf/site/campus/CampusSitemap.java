package fr.uphf.site.campus;

import java.util.List;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.SitemapEntry;
import fr.uphf.site.shared.SitemapSource;
import fr.uphf.site.translation.Localized;
import fr.uphf.site.translation.Translations;
import org.springframework.stereotype.Component;

/** The page of each campus, in the sitemaps with the day its row last changed and its name. */
@Component
class CampusSitemap implements SitemapSource {

    private final CampusRepository campuses;
    private final Translations translations;

    CampusSitemap(CampusRepository campuses, Translations translations) {
        this.campuses = campuses;
        this.translations = translations;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return campuses.findAllByOrderBySortOrder().stream()
                .map(campus -> {
                    Localized name = translations.of(campus, "name");
                    return new SitemapEntry(campus.url(), campus.updatedOn(), true, Area.CAMPUS,
                            SitemapEntry.text(name.text()), name.lang());
                })
                .toList();
    }
}

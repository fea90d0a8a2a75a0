package fr.uphf.site.home;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import fr.uphf.site.admissions.ApplicationPlatform;
import fr.uphf.site.admissions.ApplicationPlatformRepository;
import fr.uphf.site.content.Page;
import fr.uphf.site.content.PageService;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.SitemapEntry;
import fr.uphf.site.shared.SitemapSource;
import fr.uphf.site.university.KeyFigure;
import fr.uphf.site.university.KeyFigureRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the home page shows, gathered from the areas: their index pages, key figures, the ways to apply. In the
 * sitemap, the home page was last changed when the latest of those rows was.
 */
@Service
class HomeContent implements SitemapSource {

    private final PageService pages;
    private final KeyFigureRepository figures;
    private final ApplicationPlatformRepository platforms;

    HomeContent(PageService pages, KeyFigureRepository figures, ApplicationPlatformRepository platforms) {
        this.pages = pages;
        this.figures = figures;
        this.platforms = platforms;
    }

    /** The home page's content; it was last updated when the latest of the rows it shows was. */
    record Home(List<Page> areas, List<KeyFigure> figures, List<ApplicationPlatform> platforms, Page why) {

        LocalDate updatedOn() {
            return Stream.of(areas.stream(), figures.stream(), platforms.stream(), Stream.of(why))
                    .flatMap(rows -> rows.map(AuditedEntity::updatedOn))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return List.of(new SitemapEntry("/", load().updatedOn(), null, "nav.home"));
    }

    @Transactional(readOnly = true)
    Home load() {
        return new Home(pages.publishedIndexes(),
                figures.findAllByOrderBySortOrder(),
                platforms.findAllByOrderBySortOrder(),
                pages.published(Area.UNIVERSITE, "pourquoi-l-uphf"));
    }
}

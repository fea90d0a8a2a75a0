package fr.uphf.site.mobility;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.uphf.site.web.SitemapEntry;
import fr.uphf.site.web.SitemapSource;
import org.springframework.stereotype.Component;

/** The « Quelles aides pour ma mobilité ? » guide, in the sitemap with the day its rules last changed. */
@Component
class EstimatorSitemap implements SitemapSource {

    static final String PATH = "/mobilite/estimer-mes-aides";

    private final GrantRuleRepository rules;

    EstimatorSitemap(GrantRuleRepository rules) {
        this.rules = rules;
    }

    LocalDate lastModified() {
        return LocalDate.ofInstant(rules.lastChange(), ZoneId.of("Europe/Paris"));
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return List.of(new SitemapEntry(PATH, lastModified()));
    }
}

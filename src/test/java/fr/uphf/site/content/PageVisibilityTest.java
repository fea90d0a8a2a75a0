package fr.uphf.site.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import fr.uphf.site.shared.Area;
import fr.uphf.site.support.JpaSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which pages visitors may see, as the repository's queries decide it on PostgreSQL: published and not expired.
 * A JPA slice: no web layer, each test rolled back.
 */
@JpaSliceTest
class PageVisibilityTest {

    private static final Instant NOW = Instant.parse("2027-03-03T09:00:00Z");

    @Autowired
    private PageRepository pages;

    @Test
    void aPublishedPageIsVisibleUntilItExpiresAndAnUnpublishedOneNever() {
        Page index = pages.findByAreaAndSlug(Area.EUNICE, "").orElseThrow();
        Page live = page(index, "visible", null);
        Page expired = page(index, "expiree", NOW.minus(1, ChronoUnit.MINUTES));
        Page expiring = page(index, "bientot-expiree", NOW.plus(1, ChronoUnit.MINUTES));
        Page withdrawn = page(index, "retiree", null);
        withdrawn.unpublish();
        Page draft = pages.saveAndFlush(Page.create(Area.EUNICE, index.getId(), draft("brouillon", null)));

        assertThat(pages.findVisible(Area.EUNICE, "visible", NOW)).contains(live);
        assertThat(pages.findVisible(Area.EUNICE, "bientot-expiree", NOW)).contains(expiring);
        assertThat(pages.findVisible(Area.EUNICE, "bientot-expiree", NOW.plus(2, ChronoUnit.MINUTES))).isEmpty();
        assertThat(pages.findVisibleChildren(index.getId(), NOW)).contains(live, expiring)
                .doesNotContain(expired, withdrawn, draft);
        assertThat(pages.findAllVisible(NOW)).contains(index, live).doesNotContain(expired, withdrawn, draft);
        assertThat(pages.findVisibleById(expired.getId(), NOW)).isEmpty();
    }

    private Page page(Page index, String slug, Instant expireAt) {
        PageDraft draft = draft(slug, expireAt);
        Page page = Page.create(Area.EUNICE, index.getId(), draft);
        page.apply(draft, "<p>Texte.</p>");
        page.publish(NOW.minus(1, ChronoUnit.DAYS), false);
        return pages.saveAndFlush(page);
    }

    private static PageDraft draft(String slug, Instant expireAt) {
        return new PageDraft("Page " + slug, slug, "Résumé.", "Texte.", null, 90, expireAt);
    }
}

package fr.uphf.site.content;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.NotFoundException;
import fr.uphf.site.translation.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the pages visitors may see (published, not expired), and renders the HTML of seeded pages and their English. */
@Service
public class PageService {

    private final PageRepository pages;
    private final PageRedirectRepository redirects;
    private final MarkdownRenderer markdown;
    private final Translations translations;
    private final Clock clock;

    PageService(PageRepository pages, PageRedirectRepository redirects, MarkdownRenderer markdown,
            Translations translations, Clock clock) {
        this.pages = pages;
        this.redirects = redirects;
        this.markdown = markdown;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * A visible page with its area's index and the index's visible children, for the page and its side menu; a page
     * that left this address is {@linkplain PageMovedException moved}.
     */
    @Transactional(readOnly = true)
    public PageView view(Area area, String slug) {
        String path = slug.isEmpty() ? area.url() : area.url() + "/" + slug;
        return pages.findVisible(area, slug, clock.instant()).map(this::view)
                .orElseThrow(() -> redirectFor(path).<RuntimeException>map(PageMovedException::new)
                        .orElseGet(() -> new NotFoundException(path)));
    }

    @Transactional(readOnly = true)
    public PageView view(Page page) {
        Page index = page.isIndex() ? page : published(page.getArea(), "");
        return new PageView(page, index, pages.findVisibleChildren(index.getId(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page published(Area area, String slug) {
        return pages.findVisible(area, slug, clock.instant())
                .orElseThrow(() -> new NotFoundException(area.url() + "/" + slug));
    }

    /** The visible index page of every area, in the order of the areas, read at once; a missing one is not found. */
    @Transactional(readOnly = true)
    public List<Page> publishedIndexes() {
        Map<Area, Page> indexes = new EnumMap<>(Area.class);
        pages.findVisibleIndexes(clock.instant()).forEach(page -> indexes.put(page.getArea(), page));
        return Arrays.stream(Area.values())
                .map(area -> Optional.ofNullable(indexes.get(area))
                        .orElseThrow(() -> new NotFoundException(area.url() + "/")))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Page> allPublished() {
        return pages.findAllVisible(clock.instant());
    }

    /** Where an old address of a page now lives, if that page is visible. */
    private Optional<String> redirectFor(String path) {
        return redirects.findByOldPath(path)
                .flatMap(redirect -> pages.findVisibleById(redirect.getPageId(), clock.instant()))
                .map(Page::url);
    }

    /** Renders the HTML of the pages, and of their English, seeded as Markdown only; how many. */
    @Transactional
    public int renderMissingHtml() {
        List<Page> missing = pages.findByBodyHtmlIsNull();
        missing.forEach(page -> page.setBodyHtml(markdown.render(page.getBodyMarkdown())));
        return missing.size() + translations.renderMissingHtml("bodyMarkdown", markdown::render);
    }
}

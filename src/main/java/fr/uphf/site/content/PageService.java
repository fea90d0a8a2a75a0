package fr.uphf.site.content;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published pages for visitors, and renders the HTML of pages that have none yet (the seeded ones). */
@Service
public class PageService {

    private final PageRepository pages;
    private final MarkdownRenderer markdown;

    PageService(PageRepository pages, MarkdownRenderer markdown) {
        this.pages = pages;
        this.markdown = markdown;
    }

    /** A published page with its area's index and the index's children, for the page and its side menu. */
    @Transactional(readOnly = true)
    public PageView view(Area area, String slug) {
        Page page = published(area, slug);
        Page index = page.isIndex() ? page : published(area, "");
        return new PageView(page, index, pages.findByParentIdAndPublishedTrueOrderBySortOrder(index.getId()));
    }

    @Transactional(readOnly = true)
    public Page published(Area area, String slug) {
        return pages.findByAreaAndSlugAndPublishedTrue(area, slug)
                .orElseThrow(() -> new NotFoundException(area.url() + "/" + slug));
    }

    @Transactional(readOnly = true)
    public List<Page> allPublished() {
        return pages.findByPublishedTrueOrderByAreaAscSortOrderAsc();
    }

    @Transactional
    public int renderMissingHtml() {
        List<Page> missing = pages.findByBodyHtmlIsNull();
        missing.forEach(page -> page.setBodyHtml(markdown.render(page.getBodyMarkdown())));
        return missing.size();
    }
}

package fr.uphf.site.content;

import java.util.List;

/** A page as a visitor sees it: the page, its area's index page and the pages listed in that index. */
public record PageView(Page page, Page index, List<Page> children) {
}

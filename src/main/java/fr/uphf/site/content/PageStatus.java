package fr.uphf.site.content;

/** The state of a page as staff see it, derived from its row. */
public enum PageStatus {
    DRAFT,
    LIVE,
    LIVE_WITH_DRAFT,
    SCHEDULED,
    UNPUBLISHED,
    EXPIRED
}

package fr.uphf.site.content;

/** An area's index page keeps its address and stays published: it can be neither moved, unpublished nor deleted. */
public class LockedPageException extends RuntimeException {

    private final long pageId;

    LockedPageException(long pageId) {
        super("index page " + pageId);
        this.pageId = pageId;
    }

    public long pageId() {
        return pageId;
    }
}

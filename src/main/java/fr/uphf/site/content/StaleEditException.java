package fr.uphf.site.content;

/** A save started from an older version of a page than the one now stored: the editor must see both first. */
public class StaleEditException extends RuntimeException {

    private final PageDraft theirs;
    private final String author;
    private final long currentVersion;

    StaleEditException(PageDraft theirs, String author, long currentVersion) {
        super("stale edit");
        this.theirs = theirs;
        this.author = author;
        this.currentVersion = currentVersion;
    }

    public PageDraft theirs() {
        return theirs;
    }

    public String author() {
        return author;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

package fr.uphf.site.content;

/** A page asked for at an address it has left: it now lives at {@link #url()}, where visitors are sent for good. */
public class PageMovedException extends RuntimeException {

    private final String url;

    PageMovedException(String url) {
        super("moved to " + url);
        this.url = url;
    }

    public String url() {
        return url;
    }
}

package fr.uphf.site.media;

/** What a medium is: an image shown in a page, or a document a page links to. */
public enum MediaKind {
    IMAGE, DOCUMENT
}

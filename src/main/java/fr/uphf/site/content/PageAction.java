package fr.uphf.site.content;

/** What the editor asked for with the form: save the draft, save and look at it, or save and publish it. */
public enum PageAction {
    DRAFT, PREVIEW, PUBLISH
}

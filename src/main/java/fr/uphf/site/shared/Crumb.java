package fr.uphf.site.shared;

/** One step of a breadcrumb trail; the current page has no link. */
public record Crumb(String label, String url) {
}

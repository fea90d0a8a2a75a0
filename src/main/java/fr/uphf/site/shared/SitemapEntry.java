package fr.uphf.site.shared;

import java.time.LocalDate;

/** A public page listed in sitemap.xml: its path on the site and the day it last changed. */
public record SitemapEntry(String path, LocalDate lastModified) {
}

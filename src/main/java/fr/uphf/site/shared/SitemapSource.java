package fr.uphf.site.shared;

import java.util.List;

/** Implemented by each area that has public pages: sitemap.xml lists the entries of every source. */
public interface SitemapSource {

    List<SitemapEntry> sitemapEntries();
}

package fr.uphf.site.shared;

import java.time.LocalDate;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A public page listed in sitemap.xml and in the HTML site map: its French path on the site, the day it last changed,
 * whether it has an English text (a page with none is left out of the English sitemap and of the hreflang alternates),
 * the area it belongs to (none for the home and legal pages), and its title in the visitor's language (a message, or
 * a row's text already in that language, then {@code titleLang} "fr" when it is French shown on an English page).
 */
public record SitemapEntry(String path, LocalDate lastModified, boolean inEnglish, Area area,
        MessageSourceResolvable title, String titleLang) {

    /** A page whose title is the message {@code titleKey}, with its English text. */
    public SitemapEntry(String path, LocalDate lastModified, Area area, String titleKey) {
        this(path, lastModified, true, area, new DefaultMessageSourceResolvable(titleKey), null);
    }

    /** A title that is a row's text, already in the visitor's language. */
    public static MessageSourceResolvable text(String title) {
        return new DefaultMessageSourceResolvable(null, null, title);
    }
}

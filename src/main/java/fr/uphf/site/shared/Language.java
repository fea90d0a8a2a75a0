package fr.uphf.site.shared;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The two languages of the public site: French first, at the site's root, and English under /en. The language of a
 * request comes from its address (web/SiteLocaleResolver), never from the browser's preferences.
 */
public enum Language {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    public static final String ENGLISH_ROOT = "/en";

    /**
     * A language tag as staff write one to mark a change of language (« <span lang="en">Study Guide</span> »): a
     * primary language of two or three letters, then at most three subtags (region, script, variant) in BCP 47's shape.
     * Only letters, digits and hyphens: it can be written in an attribute as it is.
     */
    public static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language of the request being answered; French outside of a request. */
    public static Language current() {
        return LocaleContextHolder.getLocaleContext() == null ? FR : of(LocaleContextHolder.getLocale());
    }

    public static Language of(Locale locale) {
        return EN.code().equals(locale.getLanguage()) ? EN : FR;
    }

    /**
     * The language a browser prefers, of the site's two: the first of them in its Accept-Language; empty when it names
     * neither (or sends none). Pages only suggest it, with a link: they never redirect on it.
     */
    public static Optional<Language> preferred(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        for (Locale accepted : Collections.list(request.getLocales())) {
            for (Language language : values()) {
                if (language.code().equals(accepted.getLanguage())) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a path of the site is one of the English pages. */
    public static boolean isEnglishPath(String path) {
        return path != null && (path.equals(ENGLISH_ROOT) || path.startsWith(ENGLISH_ROOT + "/"));
    }
}

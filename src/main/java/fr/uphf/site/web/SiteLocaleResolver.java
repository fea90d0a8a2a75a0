package fr.uphf.site.web;

import java.util.Locale;

import fr.uphf.site.shared.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of an answer: English for the pages under /en (error pages included), French everywhere else. The JSON
 * APIs alone follow what the client asks: {@code lang=en} or {@code lang=fr}, otherwise the first of French and
 * English in its Accept-Language. A page's language never depends on the browser: it only suggests the other one.
 */
class SiteLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String path = path(request);
        if (Language.isEnglishPath(path)) {
            return Language.EN.locale();
        }
        if (path.startsWith("/api/")) {
            return api(request).locale();
        }
        return Language.FR.locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language of a page is its address");
    }

    private static Language api(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked != null) {
            return "en".equalsIgnoreCase(asked.strip()) ? Language.EN : Language.FR;
        }
        return Language.preferred(request).orElse(Language.FR);
    }

    /** The path asked for, also while the error page for it is being rendered. */
    private static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }
}

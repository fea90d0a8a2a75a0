package fr.uphf.site.shared;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The addresses the site prints as links: {@code https:}, {@code http:} and {@code mailto:} ones, and paths of the
 * site itself ({@code /…}, never {@code //…}, which leaves the site). Anything else — {@code javascript:},
 * {@code data:}… — is refused when typed and never printed as a link. Templates check {@code @links.allowed(…)}.
 */
@Component("links")
public final class Links {

    /** Whether an address may be a link. */
    public static boolean safe(String url) {
        if (url == null || url.isEmpty() || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == '\\')) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("/")) {
            return !lower.startsWith("//");
        }
        return startsWithMore(lower, "https://") || startsWithMore(lower, "http://") || startsWithMore(lower, "mailto:");
    }

    /** For templates, which print an address as a link only when {@code @links.allowed(…)}. */
    public boolean allowed(String url) {
        return safe(url);
    }

    private static boolean startsWithMore(String url, String prefix) {
        return url.startsWith(prefix) && url.length() > prefix.length();
    }
}

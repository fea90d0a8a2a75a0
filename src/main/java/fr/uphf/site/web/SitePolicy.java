package fr.uphf.site.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the browser is told it may do with the site's pages, and which addresses are the staff's: the security
 * configuration sends these headers on every answer and guards the staff paths; caches never keep those paths.
 */
public final class SitePolicy {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private static final Pattern STAFF_PATHS = Pattern.compile("^(/admin(/.*)?|/connexion|/deconnexion)$");

    private SitePolicy() {
    }

    /** The admin, sign-in and sign-out addresses: private answers, and the only ones where a form writes. */
    public static boolean isStaffPath(HttpServletRequest request) {
        return STAFF_PATHS.matcher(request.getRequestURI()).matches();
    }
}

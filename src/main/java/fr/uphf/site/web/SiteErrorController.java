package fr.uphf.site.web;

import fr.uphf.site.shared.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the servlet container dispatches (404, 405, 406, an exception, a 503 from {@link DatabaseOutageFilter}…)
 * answered in the site's own words: its page, in the public layout, for browsers; its JSON error ({@link ApiError})
 * under {@code /api/} and for clients that prefer JSON to HTML. Never Spring Boot's default JSON nor a stack trace.
 * A server error shows the reference under which it was logged ({@link UnhandledErrors}), for the visitor to quote.
 * A 503 says when to come back ({@code Retry-After}) and must not be stored by browsers or caches.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController implements ErrorController {

    static final int RETRY_AFTER_SECONDS = 30;
    private static final String API = "/api/";

    /** The one template of every error page, given the keys of its title and text ({@link #page(int)}). */
    static final String PAGE = "error/page";

    /** A family of errors: the title and text of its page; JSON clients get the text too. */
    private enum Kind {
        FORBIDDEN("error.403.title", "error.403.text"),
        NOT_FOUND("error.404.title", "error.404.text"),
        UNAVAILABLE("error.503.title", "error.503.text"),
        UNSUPPORTED("error.501.title", "error.501.text"),
        CLIENT("error.4xx.title", "error.4xx.text"),
        SERVER("error.5xx.title", "error.5xx.text");

        private final String title;
        private final String text;

        Kind(String title, String text) {
            this.title = title;
            this.text = text;
        }

        static Kind of(int status) {
            return switch (status) {
                case 403 -> FORBIDDEN;
                case 404 -> NOT_FOUND;
                case 503 -> UNAVAILABLE;
                case 501, 505 -> UNSUPPORTED;
                default -> status >= 400 && status < 500 ? CLIENT : SERVER;
            };
        }
    }

    /** What {@link #PAGE} needs to show the error page of this status. */
    static Map<String, Object> page(int status) {
        return page(status, null);
    }

    /** The same, with the reference of a server error (null if none) that the page shows. */
    static Map<String, Object> page(int status, String reference) {
        Kind kind = Kind.of(status);
        Map<String, Object> model = new HashMap<>(Map.of("errorTitle", kind.title, "errorText", kind.text));
        model.put("errorReference", reference);
        return model;
    }

    private final MessageSource messages;
    private final JacksonJsonView json;

    SiteErrorController(MessageSource messages, JsonMapper mapper) {
        this.messages = messages;
        this.json = new JacksonJsonView(mapper);
        this.json.setExtractValueFromSingleKeyModel(true);
        this.json.setDisableCaching(false);
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        // Asked for directly, /error is no page at all.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        Kind kind = Kind.of(status);
        response.setStatus(status);
        if (kind == Kind.UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        // Set by UnhandledErrors, which logged the exception under it.
        String reference = request.getAttribute(UnhandledErrors.REFERENCE) instanceof String given ? given : null;
        if (wantsJson(request)) {
            return new ModelAndView(json, Map.of("error", new ApiError(status,
                    messages.getMessage(kind.text, null, Language.current().locale()), List.of(), reference)));
        }
        return new ModelAndView(PAGE, page(status, reference));
    }

    /** Under /api/, or when the client lists a JSON type before any type that HTML would satisfy. */
    private static boolean wantsJson(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path && path.startsWith(API)) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        MimeTypeUtils.sortBySpecificity(accepted);
        for (MediaType type : accepted) {
            if (type.includes(MediaType.TEXT_HTML)) {
                return false;
            }
            if (MediaType.APPLICATION_JSON.isCompatibleWith(type) || "json".equals(type.getSubtypeSuffix())) {
                return true;
            }
        }
        return false;
    }
}

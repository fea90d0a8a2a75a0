package fr.uphf.site.shared;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** What a bean works out once for the request being answered, kept in its attributes; outside a request, every time. */
public final class PerRequest {

    private PerRequest() {
    }

    /** The value kept under {@code name} for this request, computed by {@code compute} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String name, Supplier<T> compute) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute.get();
        }
        T kept = (T) request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = compute.get();
            request.setAttribute(name, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return kept;
    }
}

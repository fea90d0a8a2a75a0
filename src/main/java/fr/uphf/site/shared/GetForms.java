package fr.uphf.site.shared;

import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * What a page with a GET form needs besides its bound object: whether the form was sent, and each value as the
 * visitor typed it, to show it again even when it could not be converted.
 */
public final class GetForms {

    private GetForms() {
    }

    public static boolean submitted(HttpServletRequest request) {
        return !request.getParameterMap().isEmpty();
    }

    /** How many fields have an error (a field can have several: only the first is shown). */
    public static long fieldsInError(Errors errors) {
        return errors.getFieldErrors().stream().map(FieldError::getField).distinct().count();
    }

    /** The first value of each parameter, as sent. */
    public static Map<String, String> typedValues(HttpServletRequest request) {
        Map<String, String> values = new TreeMap<>();
        request.getParameterMap().forEach((name, sent) -> {
            if (sent.length > 0) {
                values.put(name, sent[0]);
            }
        });
        return values;
    }
}

package fr.uphf.site.shared;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * What a page with a GET form needs besides its bound object: whether the form was sent, and each value as the
 * visitor typed it, to show it again even when it could not be converted.
 */
public final class GetForms {

    private GetForms() {
    }

    /**
     * Shows the form again with the values as typed; once it is sent, checks it, counts the fields in error and, when
     * there are none, adds the answer to the model under {@code name}.
     */
    public static void answer(HttpServletRequest request, Errors errors, Model model, Consumer<Errors> check,
            String name, Supplier<?> answer) {
        model.addAttribute("values", typedValues(request));
        if (submitted(request)) {
            check.accept(errors);
            model.addAttribute("errorCount", fieldsInError(errors));
            if (!errors.hasErrors()) {
                model.addAttribute(name, answer.get());
            }
        }
    }

    private static boolean submitted(HttpServletRequest request) {
        return !request.getParameterMap().isEmpty();
    }

    /** How many fields have an error (a field can have several: only the first is shown). */
    private static long fieldsInError(Errors errors) {
        return errors.getFieldErrors().stream().map(FieldError::getField).distinct().count();
    }

    /** The first value of each parameter, as sent. */
    private static Map<String, String> typedValues(HttpServletRequest request) {
        Map<String, String> values = new TreeMap<>();
        request.getParameterMap().forEach((name, sent) -> {
            if (sent.length > 0) {
                values.put(name, sent[0]);
            }
        });
        return values;
    }
}

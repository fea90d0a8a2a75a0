package fr.uphf.site.shared;

import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * Binds query parameters to a form as the site does, without the site: Spring's conversions, and the amounts read
 * by {@link Money} ({@link FrenchNumberFormatting}); for tests that feed a form millions of inputs.
 */
public final class FormBinding {

    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static {
        new FrenchNumberFormatting().addFormatters(CONVERSIONS);
    }

    private FormBinding() {
    }

    /** The form bound to these parameters; the result holds what could not be converted. */
    public static BindingResult bind(Object form, String name, Map<String, String> parameters) {
        WebDataBinder binder = new WebDataBinder(form, name);
        binder.setConversionService(CONVERSIONS);
        binder.bind(new MutablePropertyValues(parameters));
        return binder.getBindingResult();
    }

    /** Bean Validation, as the site's validators are given it. */
    public static Validator validator() {
        return VALIDATOR;
    }
}

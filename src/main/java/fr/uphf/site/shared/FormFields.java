package fr.uphf.site.shared;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.PropertyDescriptor;
import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the field fragment (templates/fragments/fields.html) asks of a form's class: whether a property must be
 * filled in, as its constraints say (« (obligatoire) » is never written by hand), the kind of input by name, and the
 * labelled options of a list of codes.
 */
@Component("formFields")
public class FormFields {

    private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private final Validator validator;
    private final MessageSource messages;

    FormFields(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** Required when one of its constraints says so, or when its type has no blank (a primitive). */
    public boolean required(Class<?> type, String property) {
        java.beans.PropertyDescriptor bean = BeanUtils.getPropertyDescriptor(type, property);
        if (bean != null && bean.getPropertyType().isPrimitive()) {
            return true;
        }
        PropertyDescriptor constraints = validator.getConstraintsForClass(type).getConstraintsForProperty(property);
        return constraints != null && constraints.getConstraintDescriptors().stream()
                        .anyMatch(constraint -> REQUIRED.contains(constraint.getAnnotation().annotationType()));
    }

    /** Whether a property of this form (an object bound by a template) is required. */
    public boolean requiredIn(Object form, String property) {
        return required(form.getClass(), property);
    }

    /** The options of a list of codes, each labelled by the message {@code prefix + code}, in their order. */
    public Map<String, String> options(String prefix, Enum<?>[] codes) {
        return Arrays.stream(codes).collect(Collectors.toMap(Enum::name,
                code -> messages.getMessage(prefix + code.name(), null, LocaleContextHolder.getLocale()),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The kind of input named in a template: {@code @formFields.kind('PASSWORD')}. */
    public FormInput kind(String name) {
        return FormInput.valueOf(name);
    }
}

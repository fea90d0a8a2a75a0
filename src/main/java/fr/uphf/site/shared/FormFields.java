package fr.uphf.site.shared;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the field fragment (templates/fragments/fields.html) asks of a form's class: whether a property must be
 * filled in, as its constraints say (« (obligatoire) » is never written by hand), what else it accepts, said before
 * sending from the same constraints (« 200 caractères au plus », « entre 0 et 100 »), the kind of input by name, and
 * the labelled options of a list of codes.
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

    /**
     * What a property accepts besides being filled in, as one sentence for the field's hint, or null when nothing
     * limits it: its length, its bounds, its decimals, the format of its kind of input (a date, an amount) and of its
     * other constraints, each said by the message {@code admin.limit.} + the constraint's name when there is one.
     */
    public String limits(Class<?> type, String property, FormInput input) {
        List<String> limits = new ArrayList<>();
        BigDecimal lowest = null;
        BigDecimal highest = null;
        PropertyDescriptor constraints = validator.getConstraintsForClass(type).getConstraintsForProperty(property);
        List<ConstraintDescriptor<?>> byName = constraints == null ? List.of()
                : constraints.getConstraintDescriptors().stream().flatMap(FormFields::withComposing)
                        .sorted(Comparator.comparing((ConstraintDescriptor<?> constraint) ->
                                constraint.getAnnotation().annotationType().getSimpleName()))
                        .toList();
        boolean ownExample = false;
        for (ConstraintDescriptor<?> constraint : byName) {
            Annotation annotation = constraint.getAnnotation();
            if (annotation instanceof Size size) {
                limits.add(size.min() > 0 ? message("admin.limit.length", size.min(), size.max())
                        : message("admin.limit.maxLength", size.max()));
            } else if (annotation instanceof Min min) {
                lowest = BigDecimal.valueOf(min.value());
            } else if (annotation instanceof DecimalMin min) {
                lowest = new BigDecimal(min.value());
            } else if (annotation instanceof PositiveOrZero && lowest == null) {
                lowest = BigDecimal.ZERO;
            } else if (annotation instanceof Max max) {
                highest = BigDecimal.valueOf(max.value());
            } else if (annotation instanceof DecimalMax max) {
                highest = new BigDecimal(max.value());
            } else if (annotation instanceof Digits digits) {
                limits.add(message("admin.limit.fraction", digits.fraction()));
            } else {
                ownExample |= addIfAny(limits, "admin.limit." + annotation.annotationType().getSimpleName())
                        && !constraint.getComposingConstraints().isEmpty();
            }
        }
        if (lowest != null && highest != null) {
            limits.add(0, message("admin.limit.range", number(lowest), number(highest)));
        } else if (lowest != null) {
            limits.add(0, message("admin.limit.min", number(lowest)));
        } else if (highest != null) {
            limits.add(0, message("admin.limit.max", number(highest)));
        }
        if (!ownExample) {
            addIfAny(limits, "admin.limit.input." + input.name());
        }
        if (limits.isEmpty()) {
            return null;
        }
        String sentence = String.join(" ; ", limits);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    /** What a property of this form (an object bound by a template) accepts, as {@link #limits} says it. */
    public String limitsIn(Object form, String property, FormInput input) {
        return limits(form.getClass(), property, input);
    }

    /** A bound as French writes it: a comma before decimals, no grouping of the digits of a year. */
    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * A constraint and those it is made of (a latitude: its bounds and decimals), so that each says its limit; a
     * constraint made of others then gives its own example, in place of the one of the kind of input.
     */
    private static Stream<ConstraintDescriptor<?>> withComposing(ConstraintDescriptor<?> constraint) {
        return Stream.concat(Stream.of(constraint),
                constraint.getComposingConstraints().stream().flatMap(FormFields::withComposing));
    }

    /** Adds the message of this key, when the bundle has one; whether it had. */
    private boolean addIfAny(List<String> limits, String key) {
        String text = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
        if (text != null) {
            limits.add(text);
        }
        return text != null;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
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

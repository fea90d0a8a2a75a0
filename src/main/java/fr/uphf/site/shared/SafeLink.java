package fr.uphf.site.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An address printed as a link: only what {@link Links#safe} allows; null (no link) is valid. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SafeLink.Check.class)
public @interface SafeLink {

    String message() default "{fr.uphf.site.shared.SafeLink.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks an address with {@link Links#safe}. */
    class Check implements ConstraintValidator<SafeLink, String> {

        @Override
        public boolean isValid(String url, ConstraintValidatorContext context) {
            return url == null || Links.safe(url);
        }
    }
}

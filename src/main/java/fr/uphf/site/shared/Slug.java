package fr.uphf.site.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * The end of a public address (« aides-financieres »): lower-case unaccented letters and digits, in words joined by
 * single hyphens. Empty is allowed (an area's index page has none); add {@code @NotBlank} where one is needed.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {

    String message() default "{admin.page.slug.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

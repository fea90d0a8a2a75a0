package fr.uphf.site.maps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** A longitude in decimal degrees (WGS 84), from -180 to 180, to five decimals (about a metre); blank is allowed. */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("-180")
@DecimalMax("180")
@Digits(integer = 3, fraction = 5)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Longitude {

    String message() default "{map.longitude.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

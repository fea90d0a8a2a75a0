package fr.uphf.site.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decimal number, bound as people type it (« 92,40 », « 92.4 », « 1 750 ») and printed back the French way
 * (« 92,40 »), by {@link Money} through {@link FrenchNumberFormatting}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Decimal {
}

package fr.uphf.site.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount in euros, bound as people type it (« 1 750 », « 175,50 € ») and printed back as they write it
 * (« 175,50 »), by {@link Money} through {@link FrenchNumberFormatting}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Euros {
}

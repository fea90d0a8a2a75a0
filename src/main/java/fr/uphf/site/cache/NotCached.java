package fr.uphf.site.cache;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answers computed from what the visitor typed (a search, a guide's answer): rendered for every request, never kept
 * by the page cache, whose room would otherwise go to one-off questions.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NotCached {
}

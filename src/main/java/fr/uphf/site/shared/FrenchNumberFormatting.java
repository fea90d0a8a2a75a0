package fr.uphf.site.shared;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds and prints the {@link Euros} amounts and {@link Decimal} numbers of every form with {@link Money}, through the
 * site's conversion service: read as people type them, printed back as they write them, whatever the locale.
 */
@Configuration(proxyBeanMethods = false)
class FrenchNumberFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new MoneyFormat<Euros>() { });
        registry.addFormatterForFieldAnnotation(new MoneyFormat<Decimal>() { });
    }

    /** {@link Money} for the decimal fields that carry the annotation {@code A}. */
    private abstract static class MoneyFormat<A extends Annotation> implements AnnotationFormatterFactory<A> {

        private static final Money MONEY = new Money();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(BigDecimal.class);
        }

        @Override
        public Printer<?> getPrinter(A annotation, Class<?> fieldType) {
            return MONEY;
        }

        @Override
        public Parser<?> getParser(A annotation, Class<?> fieldType) {
            return MONEY;
        }
    }
}

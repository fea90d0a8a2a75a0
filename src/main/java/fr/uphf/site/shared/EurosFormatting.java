package fr.uphf.site.shared;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Binds and prints the {@link Euros} amounts of every form with {@link Money}, through the site's conversion service. */
@Configuration(proxyBeanMethods = false)
class EurosFormatting implements AnnotationFormatterFactory<Euros>, WebMvcConfigurer {

    private static final Money MONEY = new Money();

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(this);
    }

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(BigDecimal.class);
    }

    @Override
    public Printer<?> getPrinter(Euros annotation, Class<?> fieldType) {
        return MONEY;
    }

    @Override
    public Parser<?> getParser(Euros annotation, Class<?> fieldType) {
        return MONEY;
    }
}

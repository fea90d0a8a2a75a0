package fr.uphf.site.translation;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.Language;
import fr.uphf.site.shared.PerRequest;
import jakarta.persistence.Table;
import org.hibernate.Hibernate;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The texts of rows in the language of the page being rendered. In French, a row's own field. In English, its
 * translation when it translates the French as it reads now; otherwise the French, marked as such, and the page
 * is told that it shows French ({@link #showedFrench()}). English pages read every short translation in one query,
 * once per request; the Markdown bodies are read one page at a time.
 */
@Service("translations")
public class Translations {

    private static final String LOADED = Translations.class.getName() + ".loaded";
    private static final String SHOWED_FRENCH = Translations.class.getName() + ".french";

    private final TranslationRepository repository;

    Translations(TranslationRepository repository) {
        this.repository = repository;
    }

    /** A field of a row (an entity) as the page's visitor reads it. */
    public Localized of(Object row, String field) {
        if (row == null) {
            return new Localized(null, false);
        }
        String french = french(row, field);
        if (Language.current() == Language.FR || french == null || french.isEmpty()) {
            return new Localized(french, false);
        }
        Translation translation = loaded().get(key(row, field));
        if (translation != null && translation.translates(french)) {
            return new Localized(translation.getText(), false);
        }
        markFrench();
        return new Localized(french, true);
    }

    /** The text alone, for attributes and labels where no lang can be given; French shown is still reported. */
    public String text(Object row, String field) {
        return of(row, field).text();
    }

    /** The translations of a row's fields as stored, whether or not they are up to date, by field. */
    @Transactional(readOnly = true)
    public Map<String, Translation> all(Object row) {
        TextKey key = key(row, "");
        return repository.findByObject(key.objectType(), key.objectId()).stream()
                .collect(Collectors.toMap(translation -> translation.key().field(), Function.identity()));
    }

    /** The ids of the pages that have an English text: their title and body are translated. */
    @Transactional(readOnly = true)
    public Set<Long> pagesInEnglish() {
        return repository.idsTranslated("page", "title", "bodyMarkdown");
    }

    /** Whether the English page being rendered has shown French text so far. */
    public boolean showedFrench() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(SHOWED_FRENCH, RequestAttributes.SCOPE_REQUEST) != null;
    }

    /** Records that the page shows French: its own text, a row's, or a page it lists. */
    public void markFrench() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SHOWED_FRENCH, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Renders the HTML of Markdown translations that have none (the seeded ones); how many. */
    @Transactional
    public int renderMissingHtml(String field, Function<String, String> render) {
        var missing = repository.findByHtmlIsNullAndField(field);
        missing.forEach(translation -> translation.setHtml(render.apply(translation.getText())));
        return missing.size();
    }

    public static TextKey key(Object row, String field) {
        Class<?> type = Hibernate.getClass(row);
        Table table = AnnotationUtils.findAnnotation(type, Table.class);
        if (table == null || !(row instanceof AuditedEntity entity)) {
            throw new IllegalArgumentException(type + " is not a translatable row");
        }
        return new TextKey(table.name(), entity.getId(), field);
    }

    static String french(Object row, String field) {
        Object value = PropertyAccessorFactory.forBeanPropertyAccess(Hibernate.unproxy(row)).getPropertyValue(field);
        return value == null ? null : value.toString();
    }

    private Map<TextKey, Translation> loaded() {
        return PerRequest.get(LOADED, this::load);
    }

    private Map<TextKey, Translation> load() {
        return repository.findAllShort().stream().collect(Collectors.toMap(Translation::key, Function.identity()));
    }
}

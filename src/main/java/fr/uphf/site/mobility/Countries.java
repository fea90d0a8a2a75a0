package fr.uphf.site.mobility;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.uphf.site.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The destinations a student can choose: every ISO 3166-1 alpha-2 country but France, with its name in French (and
 * in English for the English page).
 */
@Component
public class Countries {

    /** A country by its ISO code and French name. */
    public record Country(String code, String name) {
    }

    static final String FRANCE = "FR";

    private final Map<Language, Map<String, Country>> byCode = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, String>> options = new EnumMap<>(Language.class);

    Countries() {
        for (Language language : Language.values()) {
            List<Country> destinations = destinations(language.locale());
            byCode.put(language, destinations.stream().collect(Collectors.toMap(Country::code, Function.identity())));
            options.put(language, destinations.stream().collect(Collectors.toMap(Country::code,
                    country -> "<option value=\"" + country.code() + "\">" + HtmlUtils.htmlEscape(country.name()) + "</option>",
                    (first, second) -> first, LinkedHashMap::new)));
        }
    }

    private static List<Country> destinations(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .filter(code -> !code.equals(FRANCE))
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    /**
     * The {@code <option>} elements of every destination, that of {@code selected} marked so: written once at start-up
     * rather than by the template for each of some 250 countries at every request of the estimator; in the language of
     * the page.
     */
    public String options(String selected) {
        Map<String, String> named = options.get(Language.current());
        StringBuilder html = new StringBuilder(named.size() * 48);
        named.forEach((code, option) -> html.append(code.equals(selected)
                ? option.replace("\">", "\" selected>") : option).append('\n'));
        return html.toString();
    }

    /** The destination with this code, in any case, named in the page's language; empty for France or an unknown code. */
    public Optional<Country> destination(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(Language.current()).get(code.strip().toUpperCase(Locale.ROOT)));
    }

    static boolean isFrance(String code) {
        return code != null && code.strip().equalsIgnoreCase(FRANCE);
    }
}

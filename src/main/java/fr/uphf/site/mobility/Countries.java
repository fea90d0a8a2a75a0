package fr.uphf.site.mobility;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The destinations a student can choose: every ISO 3166-1 alpha-2 country but France, with its French name. */
@Component
public class Countries {

    /** A country by its ISO code and French name. */
    public record Country(String code, String name) {
    }

    static final String FRANCE = "FR";

    private final List<Country> destinations;
    private final Map<String, Country> byCode;

    Countries() {
        Collator french = Collator.getInstance(Locale.FRENCH);
        destinations = Arrays.stream(Locale.getISOCountries())
                .filter(code -> !code.equals(FRANCE))
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.FRENCH)))
                .sorted(Comparator.comparing(Country::name, french))
                .toList();
        byCode = destinations.stream().collect(Collectors.toMap(Country::code, Function.identity()));
    }

    /** Every destination, in French alphabetical order. */
    public List<Country> destinations() {
        return destinations;
    }

    /** The destination with this code, in any case; empty for France or an unknown code. */
    public Optional<Country> destination(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    static boolean isFrance(String code) {
        return code != null && code.strip().equalsIgnoreCase(FRANCE);
    }
}

package fr.uphf.site.translation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.uphf.site.shared.AddressPair;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.ExpressionObject;
import fr.uphf.site.shared.Language;
import fr.uphf.site.shared.PerRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The addresses of the site in both languages. An English page lives under /en: an area at its English name
 * (/en/international), a page at the English slug its translation gives (/en/international/financial-aid, or its
 * French slug while it has none), a campus at /en/campuses/its-slug, and the guides, search and legal pages at the
 * addresses their areas declare ({@link AddressPair.Source}). Templates write every link as its French address through
 * {@code ${#addresses.of('/mobilite')}} ({@link #of(String)}, an expression object, allowed in a link's address where
 * Thymeleaf forbids bean references), which gives the address in the page's language.
 */
@Component
public class Addresses extends ExpressionObject {

    private static final String SLUGS = Addresses.class.getName() + ".slugs";
    private static final String CAMPUS = "/campus/";
    private static final String ENGLISH_CAMPUS = Area.CAMPUS.englishUrl() + "/";

    private final Map<String, String> toEnglish = new HashMap<>();
    private final Map<String, String> toFrench = new HashMap<>();
    private final JdbcClient jdbc;

    Addresses(List<AddressPair.Source> sources, JdbcClient jdbc) {
        super("addresses");
        this.jdbc = jdbc;
        sources.stream().flatMap(source -> source.addressPairs().stream()).forEach(pair -> {
            toEnglish.put(pair.french(), pair.english());
            toFrench.put(pair.english(), pair.french());
        });
    }

    /** A link of the site (given by its French address) in the language of the page; other links as they are. */
    public String of(String frenchAddress) {
        return Language.current() == Language.EN ? english(frenchAddress) : frenchAddress;
    }

    /** The English address of a French one (query and fragment kept); other addresses as they are. */
    public String english(String address) {
        if (address == null || !address.startsWith("/") || address.startsWith("//")) {
            return address;
        }
        int end = endOfPath(address);
        return englishPath(address.substring(0, end)) + address.substring(end);
    }

    /** The French address of an English one, or empty when it is not one of the English pages. */
    public Optional<String> french(String address) {
        int end = endOfPath(address);
        return frenchPath(address.substring(0, end)).map(path -> path + address.substring(end));
    }

    /** The French slug of a page of an area that an English address names by its English (or French) slug. */
    public String frenchSlug(Area area, String englishSlug) {
        return slugs().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(area.url() + "/") && entry.getValue().equals(englishSlug))
                .map(entry -> entry.getKey().substring(area.url().length() + 1))
                .findFirst().orElse(englishSlug);
    }

    private String englishPath(String path) {
        if (path.equals("/")) {
            return Language.ENGLISH_ROOT;
        }
        if (toEnglish.containsKey(path)) {
            return toEnglish.get(path);
        }
        if (path.startsWith(CAMPUS) && path.length() > CAMPUS.length()) {
            return ENGLISH_CAMPUS + path.substring(CAMPUS.length());
        }
        String[] parts = path.substring(1).split("/", -1);
        Optional<Area> area = Area.fromPath(parts[0]);
        if (area.isEmpty() || parts.length > 2) {
            return path;
        }
        if (parts.length == 1) {
            return area.get().englishUrl();
        }
        return area.get().englishUrl() + "/" + slugs().getOrDefault(path, parts[1]);
    }

    private Optional<String> frenchPath(String path) {
        if (path.equals(Language.ENGLISH_ROOT) || path.equals(Language.ENGLISH_ROOT + "/")) {
            return Optional.of("/");
        }
        if (!Language.isEnglishPath(path)) {
            return Optional.empty();
        }
        if (toFrench.containsKey(path)) {
            return Optional.of(toFrench.get(path));
        }
        if (path.startsWith(ENGLISH_CAMPUS) && path.length() > ENGLISH_CAMPUS.length()) {
            return Optional.of(CAMPUS + path.substring(ENGLISH_CAMPUS.length()));
        }
        String[] parts = path.substring(Language.ENGLISH_ROOT.length() + 1).split("/", -1);
        return Area.fromEnglishPath(parts[0]).filter(area -> parts.length <= 2).map(area -> parts.length == 1
                ? area.url()
                : area.url() + "/" + frenchSlug(area, parts[1]));
    }

    /** The English slug of every page that has one, by the page's French address; read once per request. */
    private Map<String, String> slugs() {
        return PerRequest.get(SLUGS, () -> {
            Map<String, String> slugs = new HashMap<>();
            for (var row : jdbc.sql("""
                    select '/' || lower(p.area) || '/' || p.slug as french, t.text as english
                    from translation t join page p on p.id = t.object_id
                    where t.object_type = 'page' and t.field = 'slug' and p.slug <> ''""").query().listOfRows()) {
                slugs.put((String) row.get("french"), (String) row.get("english"));
            }
            return slugs;
        });
    }

    private static int endOfPath(String address) {
        int query = address.indexOf('?');
        int fragment = address.indexOf('#');
        int end = address.length();
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return end;
    }
}

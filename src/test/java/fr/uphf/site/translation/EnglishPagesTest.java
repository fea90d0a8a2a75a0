package fr.uphf.site.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.PublicSite.FetchedPage;
import fr.uphf.site.support.RunningSiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English site as the crawl finds it: every French page leads to its English page through the switch and back,
 * and no English page shows French that is not marked as such (lang="fr"). A block of text is taken for French when
 * it holds at least three French function words and more of them than English ones: a French name in an English
 * sentence (« Pôle de relations internationales ») passes, a French sentence does not.
 */
@RunningSiteTest
class EnglishPagesTest {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "un", "une",
            "pour", "dans", "sur", "avec", "par", "au", "aux", "vous", "nous", "qui", "que", "sont", "ou", "ne", "pas",
            "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "être", "à", "en", "votre", "vos", "il", "elle");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "for", "is", "are", "on", "with",
            "by", "your", "you", "a", "an", "this", "that", "be", "or", "as", "at", "from", "it", "can", "will", "its",
            "their", "has", "have", "who", "which", "our", "we", "all", "each", "not");
    private static final String BLOCKS = "p, li, td, th, h1, h2, h3, h4, dt, dd, caption, label, legend, figcaption, a, span";

    @LocalServerPort
    int port;

    @Test
    void theCrawlReachesTheEnglishPagesOfEveryArea() {
        List<String> english = PublicSite.linkedPages(port).stream().map(FetchedPage::path)
                .filter(path -> path.equals("/en") || path.startsWith("/en/")).toList();
        assertThat(english).contains("/en", "/en/university", "/en/admissions", "/en/campuses", "/en/campuses/cambrai",
                "/en/eunice", "/en/international", "/en/services", "/en/legal-notice", "/en/accessibility",
                "/en/personal-data", "/en/international/financial-aid", "/en/admissions/where-to-apply",
                "/en/international/estimate-my-grants");
        long french = PublicSite.linkedPages(port).stream().map(FetchedPage::path)
                .filter(path -> !path.equals("/en") && !path.startsWith("/en/")).count();
        assertThat(english).hasSize((int) french);
    }

    @TestFactory
    Stream<DynamicTest> everyFrenchPageLeadsToItsEnglishPageAndBack() {
        List<FetchedPage> pages = PublicSite.linkedPages(port);
        return pages.stream().filter(page -> !isEnglish(page.path())).map(page -> DynamicTest.dynamicTest(page.path(), () -> {
            Document french = page.document(port);
            assertThat(french.select("html").attr("lang")).isEqualTo("fr");
            Element toEnglish = french.selectFirst(".language-switch a[hreflang=en]");
            assertThat(toEnglish).as("language switch").isNotNull();
            String englishPath = toEnglish.attr("href");
            FetchedPage english = pages.stream().filter(other -> other.path().equals(englishPath)).findFirst()
                    .orElseThrow(() -> new AssertionError(englishPath + " not reached by the crawl"));
            Document document = english.document(port);
            assertThat(document.select("html").attr("lang")).isEqualTo("en");
            assertThat(document.select(".language-switch a[hreflang=fr]").attr("href")).isEqualTo(page.path());
        }));
    }

    @TestFactory
    Stream<DynamicTest> noEnglishPageShowsUnmarkedFrench() {
        return PublicSite.pages(port).stream().filter(page -> isEnglish(page.path()))
                .map(page -> DynamicTest.dynamicTest(page.path(), () -> {
                    Document document = page.document(port);
                    document.select("[lang=fr], [hidden], script, style, title, code").remove(); // code: addresses, not prose
                    List<String> french = new ArrayList<>();
                    for (Element block : document.body().select(BLOCKS)) {
                        String text = ownText(block);
                        if (looksFrench(text)) {
                            french.add(text);
                        }
                    }
                    assertThat(french).as("unmarked French on " + page.path()).isEmpty();
                }));
    }

    /**
     * RGAA 8.7 on the French pages: the English phrases (two words or more) that some French page marks lang="en",
     * among them those of the seeded EUNICE and language pages, are marked wherever a French page shows them.
     */
    @Test
    void everyEnglishPhraseAFrenchPageMarksIsMarkedWhereverAFrenchPageShowsIt() {
        Set<String> phrases = new TreeSet<>();
        Map<String, String> unmarked = new LinkedHashMap<>();
        for (FetchedPage page : PublicSite.linkedPages(port)) {
            if (isEnglish(page.path())) {
                continue;
            }
            Element main = page.document(port).selectFirst("main");
            main.select("[lang=en], [lang^=en-]").stream().map(Element::text)
                    .filter(text -> text.strip().contains(" "))
                    .forEach(phrases::add);
            Element rest = main.clone();
            rest.select("[lang=en], [lang^=en-]").remove();
            unmarked.put(page.path(), rest.text());
        }
        assertThat(phrases).contains("European UNIversity for Customised Education", "online live course",
                "online self-study course", "Massive Open Online Course", "Study Guide", "Introduction to Global Studies",
                "Blended Intensive Programmes", "Massive Online Open Course", "TOEIC and You");
        unmarked.forEach((path, text) -> assertThat(phrases)
                .as("English shown without lang=\"en\" on " + path)
                .noneMatch(text::contains));
    }

    @Test
    void theDetectorTellsFrenchFromEnglish() {
        assertThat(looksFrench("Les étudiants de l’université peuvent candidater sur la plateforme pour un master"))
                .isTrue();
        assertThat(looksFrench("Students apply on the platform of the Pôle de relations internationales for a master"))
                .isFalse();
        assertThat(looksFrench("The Ecole Supérieure d’Art et de Communication de Cambrai and the IUT")).isFalse();
        assertThat(looksFrench("Supplément mensuel pour les mobilités de stage: 150 € per month.")).isTrue();
    }

    /** The text of an element without that of the blocks it contains, which are looked at on their own. */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode node) {
                text.append(node.text()).append(' ');
            } else if (child instanceof Element inner && !inner.is(BLOCKS)) {
                text.append(ownText(inner)).append(' ');
            }
        }
        return text.toString();
    }

    static boolean looksFrench(String text) {
        List<String> words = List.of(text.split("[^\\p{L}'’\\-]+"));
        int french = 0;
        int english = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            if ((FRENCH.contains(word) || word.matches("^[ldjqs]['’]\\p{L}+")) && !inName(words, i)) {
                french++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return french >= 3 && french > english;
    }

    /**
     * Whether a French function word belongs to a proper name written in capitals around it, such as « École Supérieure
     * d’Art et de Communication de Cambrai »: the nearest other words before and after it are capitalised.
     */
    private static boolean inName(List<String> words, int at) {
        return capitalised(words, at, -1) && capitalised(words, at, 1);
    }

    private static boolean capitalised(List<String> words, int at, int step) {
        for (int i = at + step; i >= 0 && i < words.size(); i += step) {
            String word = words.get(i);
            String bare = word.replaceAll("^[ldjqs]['’]", "");
            if (word.isEmpty() || FRENCH.contains(word.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
        }
        return false;
    }

    private static boolean isEnglish(String path) {
        return path.equals("/en") || path.startsWith("/en/") || path.startsWith("/en?");
    }
}

package fr.uphf.site.search;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Language;
import org.springframework.web.util.HtmlUtils;

/**
 * One result: the title of what was found, its area, its address and an extract as safe HTML, words in mark tags and
 * the phrases its page marks in another language (RGAA 8.7) in a span with that lang.
 */
public record SearchHit(String title, Area area, String url, String extractHtml) {

    /** ts_headline puts the highlighted words of an extract between these two private-use characters. */
    private static final Pattern HIGHLIGHTED = Pattern.compile("\uE000([^\uE000\uE001]*)\uE001");

    /**
     * A change of language as content/MarkdownRenderer leaves it in a page's HTML: a span or q whose only attribute is
     * a language tag, holding text only (a phrase holding other markup is not looked for in the extract).
     */
    private static final Pattern MARKED_PHRASE = Pattern.compile(
            "<(?<element>span|q) lang=\"(?<language>" + Language.TAG.pattern() + ")\">(?<phrase>[^<]+)"
            + "</\\k<element>>");

    static SearchHit of(String title, Area area, String slug, String extract, String html) {
        String url = slug.isEmpty() ? area.url() : area.url() + "/" + slug;
        return new SearchHit(title, area, url, extractHtml(extract, html));
    }

    /**
     * Escapes the whole extract, then turns each pair of markers into a mark element and drops any stray marker, and
     * wraps each whole phrase that the page's HTML (null when there is none) marks with a lang in a span with the same
     * lang; the line breaks of the text become spaces.
     */
    static String extractHtml(String extract, String html) {
        String text = extract.replaceAll("\\s+", " ").strip();
        StringBuilder plain = new StringBuilder();
        BitSet highlighted = new BitSet();
        Matcher pair = HIGHLIGHTED.matcher(text);
        int last = 0;
        while (pair.find()) {
            plain.append(withoutMarkers(text.substring(last, pair.start())));
            int start = plain.length();
            plain.append(pair.group(1));
            highlighted.set(start, plain.length());
            last = pair.end();
        }
        plain.append(withoutMarkers(text.substring(last)));
        return render(plain.toString(), highlighted, languages(plain.toString(), html));
    }

    private static String withoutMarkers(String text) {
        return text.replaceAll("[\uE000\uE001]", "");
    }

    /** The language tag of each character of the plain extract that belongs to a marked phrase, null elsewhere. */
    private static String[] languages(String plain, String html) {
        String[] languages = new String[plain.length()];
        if (html == null) {
            return languages;
        }
        record Phrase(String language, String text) {
        }
        Set<Phrase> phrases = new HashSet<>();
        Matcher marked = MARKED_PHRASE.matcher(html);
        while (marked.find()) {
            String text = HtmlUtils.htmlUnescape(marked.group("phrase")).replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                phrases.add(new Phrase(marked.group("language"), text));
            }
        }
        phrases.stream().sorted(Comparator.comparingInt((Phrase phrase) -> phrase.text().length()).reversed()
                        .thenComparing(Phrase::text).thenComparing(Phrase::language))
                .forEach(phrase -> {
                    for (int at = plain.indexOf(phrase.text()); at >= 0; at = plain.indexOf(phrase.text(), at + 1)) {
                        int end = at + phrase.text().length();
                        if (isWholePhrase(plain, at, end) && isFree(languages, at, end)) {
                            Arrays.fill(languages, at, end, phrase.language());
                        }
                    }
                });
        return languages;
    }

    /** Whether the phrase found from start to end is not a piece of a longer word. */
    private static boolean isWholePhrase(String plain, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(plain.codePointBefore(start)))
                && (end == plain.length() || !Character.isLetterOrDigit(plain.codePointAt(end)));
    }

    private static boolean isFree(String[] languages, int start, int end) {
        for (int i = start; i < end; i++) {
            if (languages[i] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The escaped text in runs of characters with the same language and highlight: a span for the language holds the
     * mark elements, closed and opened again at its ends, so that the elements always nest.
     */
    private static String render(String plain, BitSet highlighted, String[] languages) {
        StringBuilder html = new StringBuilder();
        int start = 0;
        while (start < plain.length()) {
            String language = languages[start];
            boolean mark = highlighted.get(start);
            int end = start + 1;
            while (end < plain.length() && Objects.equals(languages[end], language) && highlighted.get(end) == mark) {
                end++;
            }
            boolean opensLanguage = language != null && (start == 0 || !language.equals(languages[start - 1]));
            boolean closesLanguage = language != null && (end == plain.length() || !language.equals(languages[end]));
            html.append(opensLanguage ? "<span lang=\"" + language + "\">" : "")
                    .append(mark ? "<mark>" : "")
                    .append(HtmlUtils.htmlEscape(plain.substring(start, end), "UTF-8"))
                    .append(mark ? "</mark>" : "")
                    .append(closesLanguage ? "</span>" : "");
            start = end;
        }
        return html.toString();
    }
}

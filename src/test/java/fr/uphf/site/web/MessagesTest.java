package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import fr.uphf.site.support.SiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Every interface text of {@code messages.properties} reads right once the application has resolved it: no raw
 * placeholder, no apostrophe eaten by MessageFormat. The rule: interface text uses the typographic apostrophe ’, which
 * MessageFormat leaves alone, whether the message has arguments or not. And every key the templates and the code use
 * exists.
 */
@SiteTest
class MessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/messages.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern RAW_PLACEHOLDER = Pattern.compile("\\{\\d+[},]");
    /** A key in a template: #{key}, #{key(…)} or #messages.msg('key'…), not one built from an expression. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.-]+)[}(]|#messages\\.msg(?:OrNull)?\\('([\\w.-]*[\\w-])'");
    /** A text in Java that looks like a key of the bundle, or a Bean Validation message {key}. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"\\{?((?:admin|estimator|orientation|widget|error|form|api|search|page|nav|site|home|campus|footer|legal"
                    + "|a11y|privacy|guides|area)\\.[\\w.-]*[\\w-])}?\"");

    private static Properties bundle;

    @Autowired
    MessageSource messages;

    @BeforeAll
    static void readBundle() throws IOException {
        bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'' || c == '’').count();
    }

    @Test
    void everyMessageRendersWithoutARawPlaceholderOrALostApostrophe() {
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String source = bundle.getProperty(key);
            int count = PLACEHOLDER.matcher(source).results().mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
            Object[] args = count == 0 ? null : IntStream.range(0, count).mapToObj(i -> (Object) (i + 2)).toArray();
            String rendered = messages.getMessage(key, args, Locale.FRENCH);
            if (RAW_PLACEHOLDER.matcher(rendered).find() || rendered.contains("''")
                    || apostrophes(rendered) != apostrophes(source)) {
                wrong.add(key + " → " + rendered);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void interfaceTextUsesTheTypographicApostrophe() {
        assertThat(bundle.stringPropertyNames()).filteredOn(key -> bundle.getProperty(key).contains("'"))
                .as("write ’ rather than ' in interface text").isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        assertThat(keysIn(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY))
                .hasSizeGreaterThan(200).filteredOn(key -> !bundle.containsKey(key)).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        assertThat(keysIn(Path.of("src/main/java"), ".java", JAVA_KEY))
                .hasSizeGreaterThan(20).filteredOn(key -> !bundle.containsKey(key)).isEmpty();
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern key) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        return keys;
    }
}

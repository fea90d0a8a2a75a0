package fr.uphf.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.uphf.site.campus.CampusRepository;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every sentence of the university's texts (src/test/resources/seed/uphf-seed.txt) is readable on the site: each
 * non-blank line appears word for word on some page, or is listed in a seed-coverage/*.tsv file with the page that
 * publishes its facts from structured data and the words that page must show.
 */
@SiteTest
class SeedCoverageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageService pages;

    @Autowired
    CampusRepository campuses;

    private final Map<String, String> textByPath = new LinkedHashMap<>();

    @BeforeEach
    void crawlEveryPage() throws Exception {
        SiteCrawler crawler = new SiteCrawler(mvc);
        List<String> paths = new ArrayList<>();
        paths.add("/");
        pages.allPublished().forEach(page -> paths.add(page.url()));
        campuses.findAllByOrderBySortOrder().forEach(campus -> paths.add("/campus/" + campus.getSlug()));
        for (String path : paths) {
            Element main = crawler.page(path).selectFirst("main");
            textByPath.put(path, SiteCrawler.normalise(main.text()));
        }
    }

    @Test
    void everySeedLineIsPublishedOnSomePage() throws IOException {
        List<String> seed = lines(new PathMatchingResourcePatternResolver().getResource("classpath:seed/uphf-seed.txt"));
        Map<Integer, List<String[]>> structured = structuredLines();
        List<String> missing = new ArrayList<>();
        for (int number = 1; number <= seed.size(); number++) {
            String line = SiteCrawler.normalise(seed.get(number - 1)).replaceFirst("^(• |\\d+\\. )", "");
            if (line.isEmpty() || textByPath.values().stream().anyMatch(text -> text.contains(line))) {
                continue;
            }
            if (!structured.containsKey(number)) {
                missing.add(number + ": " + line);
            }
        }
        assertThat(missing).as("seed lines found on no page and listed in no seed-coverage file").isEmpty();
    }

    @Test
    void everyStructuredLineShowsItsFactsOnItsPage() throws IOException {
        List<String> wrong = new ArrayList<>();
        structuredLines().forEach((number, entries) -> entries.forEach(entry -> {
            String text = textByPath.get(entry[0]);
            if (text == null) {
                wrong.add(number + ": no such page " + entry[0]);
                return;
            }
            for (String token : entry[1].split("\\|")) {
                if (!text.contains(SiteCrawler.normalise(token))) {
                    wrong.add(number + ": " + entry[0] + " lacks \"" + token + "\"");
                }
            }
        }));
        assertThat(structuredLines()).isNotEmpty();
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPageIsWithinThreeClicksOfTheHomePage() throws Exception {
        SiteCrawler crawler = new SiteCrawler(mvc);
        Set<String> reached = new HashSet<>(Set.of("/"));
        List<String> frontier = List.of("/");
        for (int click = 1; click <= 3; click++) {
            List<String> next = new ArrayList<>();
            for (String path : frontier) {
                Document document = crawler.page(path);
                for (Element link : document.select("a[href^=/]")) {
                    String target = link.attr("href").replaceAll("[#?].*", "");
                    if (textByPath.containsKey(target) && reached.add(target)) {
                        next.add(target);
                    }
                }
            }
            frontier = next;
        }
        assertThat(reached).containsAll(textByPath.keySet());
    }

    private static Map<Integer, List<String[]>> structuredLines() throws IOException {
        Map<Integer, List<String[]>> entries = new LinkedHashMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:seed-coverage/*.tsv")) {
            for (String row : lines(file)) {
                if (row.isBlank()) {
                    continue;
                }
                String[] columns = row.split("\t");
                entries.computeIfAbsent(Integer.parseInt(columns[0].trim()), number -> new ArrayList<>())
                        .add(new String[] {columns[1].trim(), columns[2]});
            }
        }
        return entries;
    }

    private static List<String> lines(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}

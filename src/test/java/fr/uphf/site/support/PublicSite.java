package fr.uphf.site.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Every public page of a running site, as the accessibility, HTML and metadata checks see them: the pages reached by
 * following the site's own links from the home page, plus {@link #EXTRA_PATHS}. Crawled once per port and shared by
 * the test classes.
 */
public final class PublicSite {

    /** Pages that no public link leads to but that the checks must cover: add one line per page. */
    public static final List<String> EXTRA_PATHS = List.of(
            "/cette-page-n-existe-pas", // the 404 page
            "/recherche?q=etudiants+etrangers", // search results (the header's search form is not crawled)
            "/recherche?q=", // the search page with an empty query
            "/admission/ou-candidater?diplome=MASTER&annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true",
            "/mobilite/estimer-mes-aides?type=STAGE&pays=DE&jours=90&niveau=M1&boursier=true&quotient=12000"
                    + "&logeNourri=false&gratificationHebdo=150", // the two guides with an answer
            "/requete%00invalide", // the 400 page, as Tomcat serves it for requests it rejects itself
            "/en/this-page-does-not-exist", // the same pages in English
            "/en/search?q=international+students",
            "/en/search?q=",
            "/en/admissions/where-to-apply?diplome=MASTER&annee=1&apprentissage=false&profil=ETUDIANT&residenceFrance=true",
            "/en/international/estimate-my-grants?type=STAGE&pays=DE&jours=90&niveau=M1&boursier=true&quotient=12000"
                    + "&logeNourri=false&gratificationHebdo=150");

    /** Never followed from public links: the staff area is checked through {@link #EXTRA_PATHS}. */
    private static final List<String> NOT_CRAWLED = List.of("/admin", "/actuator");

    private static final int MAX_PAGES = 500;

    /** One crawl per server and test database: a test class crawls its own copy of the site. */
    private static final Map<String, List<FetchedPage>> CRAWLS = new ConcurrentHashMap<>();

    private PublicSite() {
    }

    /**
     * A page as the server sent it, at a path of the site (with its query string, if any); {@code linked} when the
     * crawl reached it through the site's links, false for the {@link #EXTRA_PATHS}.
     */
    public record FetchedPage(String path, boolean linked, int status, HttpHeaders headers, String html) {

        public Document document(int port) {
            return Jsoup.parse(html, origin(port) + path);
        }
    }

    public static String origin(int port) {
        return "http://localhost:" + port;
    }

    /** The crawled pages, then the extra paths; every crawled page answers 200, or the crawl fails (a broken link). */
    public static List<FetchedPage> pages(int port) {
        return CRAWLS.computeIfAbsent(port + "/" + TestDatabases.current(), key -> crawl(port));
    }

    /** Only the pages reached through the site's own links, all answering 200: what visitors and search engines find. */
    public static List<FetchedPage> linkedPages(int port) {
        return pages(port).stream().filter(FetchedPage::linked).toList();
    }

    private static List<FetchedPage> crawl(int port) {
        HttpClient http = HttpClient.newHttpClient();
        String origin = origin(port);
        List<FetchedPage> pages = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            FetchedPage page = fetch(http, origin, path, true);
            if (page.status() != 200) {
                throw new AssertionError("A public link leads to " + path + ", which answers " + page.status());
            }
            pages.add(page);
            for (String href : page.document(port).select("a[href]").eachAttr("abs:href")) {
                String next = sitePath(origin, href);
                if (next != null && seen.size() < MAX_PAGES && seen.add(next)) {
                    queue.addLast(next);
                }
            }
        }
        for (String path : EXTRA_PATHS) {
            pages.add(fetch(http, origin, path, false));
        }
        return List.copyOf(pages);
    }

    /** The path (and query) of a link to an HTML page of this site that the crawl follows, or null. */
    private static String sitePath(String origin, String href) {
        if (!href.startsWith(origin + "/")) {
            return null;
        }
        URI uri = URI.create(href);
        String path = uri.getRawPath();
        if (NOT_CRAWLED.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                || path.matches(".*\\.(css|js|xml|txt|png|jpg|svg|ico|pdf)$")) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static FetchedPage fetch(HttpClient http, String origin, String path, boolean linked) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(origin + path))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return new FetchedPage(path, linked, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot fetch " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching " + path, e);
        }
    }
}

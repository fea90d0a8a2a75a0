package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.SiteClient;
import fr.uphf.site.support.SiteClient.Answer;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What browsers and CDNs may keep of public pages: a minute, revalidated with ETags and 304s; never staff screens. */
@RunningSiteTest
class HttpCachingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublicPageHasAnEtagAndAnUnchangedOneIsAnsweredWithABodiless304() throws Exception {
        SiteClient visitor = new SiteClient(port);
        Answer page = visitor.get("/campus/mont-houy");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("public, max-age=60, stale-if-error=86400");
        String etag = page.header("ETag");
        assertThat(etag).isNotBlank();

        Answer again = visitor.get("/campus/mont-houy", "If-None-Match: " + etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void styleSheetsAndIconHaveAddressesThatChangeWithTheirContentAndAreKeptAYear() throws Exception {
        SiteClient visitor = new SiteClient(port);
        var head = visitor.get("/").document().head();
        for (String address : List.of(head.selectFirst("link[rel=stylesheet]").attr("href"),
                head.selectFirst("link[rel=icon]").attr("href"))) {
            assertThat(address).matches("/(css/site|favicon)-[0-9a-f]{32}\\.(css|svg)");
            Answer asset = visitor.get(address);
            assertThat(asset.status()).isEqualTo(200);
            assertThat(asset.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        }
        assertThat(visitor.get("/css/site.css").header("Cache-Control")).isEqualTo(PublicPageCaching.VISITORS);
    }

    @Test
    void anEditChangesTheEtagSoTheNewPageIsSentAtOnce() throws Exception {
        SiteClient visitor = new SiteClient(port);
        String etag = visitor.get("/campus/mont-houy").header("ETag");
        jdbc.update("update campus set summary = summary || ' Une phrase ajoutée pour le test des ETag.'"
                + " where slug = 'mont-houy'");

        Answer changed = visitor.get("/campus/mont-houy", "If-None-Match: " + etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("Une phrase ajoutée pour le test des ETag.");
    }

    @Test
    void staffScreensAndErrorsAreNotKept() throws Exception {
        SiteClient visitor = new SiteClient(port);
        Answer signIn = visitor.get("/connexion");
        assertThat(signIn.header("Cache-Control")).contains("no-store");
        assertThat(signIn.header("ETag")).isNull();

        Answer withSession = visitor.get("/universite", "Cookie: JSESSIONID=0123456789ABCDEF");
        assertThat(withSession.header("Cache-Control")).isEqualTo("private, no-cache");
    }

    @Test
    void aServerErrorIsNeverKept() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new PublicPageCaching().doFilter(new MockHttpServletRequest("GET", "/universite"), response,
                (request, answer) -> ((HttpServletResponse) answer).sendError(500));
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }
}

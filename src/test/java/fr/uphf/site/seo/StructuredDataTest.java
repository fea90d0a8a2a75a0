package fr.uphf.site.seo;

import java.net.URI;
import java.util.Map;

import fr.uphf.site.web.SiteProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredDataTest {

    @Test
    void textInTheDataCannotCloseItsScriptElement() {
        String hostile = "Campus </script><script>alert(1)</script> <!-- & co";
        String embedded = StructuredData.embeddable(Map.of("name", hostile));
        assertThat(embedded).doesNotContain("<", ">", "&");
        assertThat(JsonMapper.builder().build().readTree(embedded).path("name").asString()).isEqualTo(hostile);
    }

    @Test
    void absoluteUrlsFollowTheConfiguredBaseUrl() {
        assertThat(new SiteProperties(URI.create("https://www.uphf.fr")).absolute("/campus/cambrai"))
                .isEqualTo("https://www.uphf.fr/campus/cambrai");
        assertThat(new SiteProperties(URI.create("https://www.uphf.fr/")).absolute("/")).isEqualTo("https://www.uphf.fr/");
        assertThat(new SiteProperties(URI.create("https://example.org/site/")).absolute("/sitemap.xml"))
                .isEqualTo("https://example.org/site/sitemap.xml");
    }
}

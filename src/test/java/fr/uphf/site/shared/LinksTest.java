package fr.uphf.site.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Only web, mail and site addresses become links. */
class LinksTest {

    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"https://www.parcoursup.fr", "http://candidatures.uphf.fr/ecandidat", "HTTPS://EXAMPLE.ORG",
            "mailto:scolarite@uphf.fr", "/admission/candidater", "/"})
    void webMailAndSiteAddressesAreLinks(String url) {
        assertThat(Links.safe(url)).isTrue();
        assertThat(new Links().allowed(url)).isTrue();
    }

    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "//evil.example/", "/\\evil.example",
            "https://", "mailto:", "www.uphf.fr", "ftp://files.uphf.fr", "https://exa mple.org", ""})
    void anythingElseIsNeverALink(String url) {
        assertThat(Links.safe(url)).isFalse();
        assertThat(new Links().allowed(url)).isFalse();
    }
}

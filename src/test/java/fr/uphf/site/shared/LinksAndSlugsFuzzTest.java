package fr.uphf.site.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Addresses printed as links ({@link Links}) and public addresses ({@link Slug}), whatever is typed: an address the
 * site prints as a link is one a browser opens on the web, by mail or on the site; a slug is a plain path segment.
 */
class LinksAndSlugsFuzzTest {

    private record Slugged(@Slug String slug) {
    }

    @FuzzTest(maxDuration = "2m")
    void aLinkIsAlwaysAWebMailOrSiteAddress(byte[] input) {
        String url = new String(input, StandardCharsets.UTF_8);
        if (!Links.safe(url)) {
            return;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContainPattern("[\\x00-\\x20\\x7f\\\\]");
        if (lower.startsWith("/")) {
            assertThat(lower).doesNotStartWith("//");
            URI resolved = tryResolve(url);
            if (resolved != null) {
                assertThat(resolved.getHost()).as(url).isEqualTo("www.uphf.fr");
            }
        } else {
            assertThat(lower).matches("(https?://|mailto:).+");
        }
    }

    @FuzzTest(maxDuration = "2m")
    void aValidSlugIsAPlainPathSegment(byte[] input) {
        String slug = new String(input, StandardCharsets.UTF_8);
        boolean valid = FormBinding.validator().validate(new Slugged(slug)).isEmpty();
        if (valid && slug != null) {
            assertThat(slug).matches("[a-z0-9-]*").doesNotStartWith("-").doesNotEndWith("-").doesNotContain("--");
            assertThat(URI.create("https://www.uphf.fr/universite/" + slug).getPath()).isEqualTo("/universite/" + slug);
        }
    }

    private static URI tryResolve(String path) {
        try {
            return URI.create("https://www.uphf.fr/").resolve(path);
        } catch (IllegalArgumentException notAnUri) {
            return null;
        }
    }
}

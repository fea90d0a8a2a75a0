package fr.uphf.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.uphf.site.content.Area;
import org.junit.jupiter.api.Test;

class SearchHitTest {

    @Test
    void theExtractIsEscapedExceptForItsHighlights() {
        assertThat(SearchHit.highlight("a \uE000<b>\uE001 & \"c\" \uE000d"))
                .isEqualTo("a <mark>&lt;b&gt;</mark> &amp; &quot;c&quot; d");
    }

    @Test
    void theAddressIsTheAreaAndTheSlug() {
        assertThat(SearchHit.of("t", Area.MOBILITE, "aides-financieres", "").url())
                .isEqualTo("/mobilite/aides-financieres");
        assertThat(SearchHit.of("t", Area.EUNICE, "", "").url()).isEqualTo("/eunice");
    }
}

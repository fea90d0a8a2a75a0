package fr.uphf.site.search;

import fr.uphf.site.shared.Area;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

package fr.uphf.site.translation;

import java.util.List;

import fr.uphf.site.translation.TextDiff.Change;
import fr.uphf.site.translation.TextDiff.Kind;
import fr.uphf.site.translation.TextDiff.Line;
import fr.uphf.site.translation.TextDiff.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the translation form shows of a change of the French: words inside a changed line, whole lines, context. */
class TextDiffTest {

    @Test
    void aChangedLineShowsTheWordsDeletedAndAddedAmongThoseKept() {
        TextDiff diff = TextDiff.of("Le campus accueille 3 000 étudiants.", "Le campus accueille désormais 3 500 étudiants.");

        assertThat(diff.hasChanges()).isTrue();
        assertThat(diff.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(Kind.CHANGED);
            assertThat(line.parts()).containsExactly(new Part("Le campus accueille ", Change.SAME),
                    new Part("désormais ", Change.ADDED), new Part("3 ", Change.SAME), new Part("000", Change.DELETED),
                    new Part("500", Change.ADDED), new Part(" étudiants.", Change.SAME));
        });
    }

    @Test
    void wholeLinesAddedOrDeletedAreShownWithOneLineOfContextAndLongerRunsCounted() {
        String before = "un\ndeux\ntrois\nquatre\ncinq\nsix";
        String after = "un\ndeux\ntrois\nquatre\ncinq\nsix\nsept";

        List<Line> added = TextDiff.of(before, after).lines();
        assertThat(added).extracting(Line::kind).containsExactly(Kind.SKIPPED, Kind.SAME, Kind.ADDED);
        assertThat(added.get(0).skipped()).isEqualTo(5);
        assertThat(added.get(2).parts()).containsExactly(new Part("sept", Change.ADDED));

        List<Line> deleted = TextDiff.of(before, "un\ndeux\nquatre\ncinq\nsix").lines();
        assertThat(deleted).extracting(Line::kind)
                .containsExactly(Kind.SAME, Kind.SAME, Kind.DELETED, Kind.SAME, Kind.SKIPPED);
        assertThat(deleted.get(2).parts()).containsExactly(new Part("trois", Change.DELETED));
        assertThat(deleted.get(4).skipped()).isEqualTo(2);
    }

    @Test
    void lineEndingsAloneAreNoChange() {
        TextDiff diff = TextDiff.of("un\ndeux", "un\r\ndeux");

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.lines()).extracting(Line::kind).containsExactly(Kind.SKIPPED);
    }

    @Test
    void textThatLooksLikeHtmlStaysText() {
        TextDiff diff = TextDiff.of("Voir <b>ici</b>", "Voir <script>ici</script>");

        assertThat(diff.lines().get(0).parts()).extracting(Part::text).contains("b", "script")
                .allSatisfy(text -> assertThat(text).doesNotContain("&lt;"));
    }
}

package fr.uphf.site.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit grid as packaged (docs/accessibilite/rgaa.md on the classpath): the 106 criteria of the RGAA 4.1, each with
 * a known status, a summary that repeats its rows, and the rate the statement gives; and a grid that breaks one of
 * these rules is refused.
 */
class AuditGridTest {

    private static final String GRID = AccessibilityAudit.read(AccessibilityAudit.GRID);

    @Test
    void theGridHasTheHundredAndSixCriteriaOfTheRgaaThemeByTheme() {
        AuditGrid grid = AuditGrid.parse(GRID);
        assertThat(grid.criteria()).hasSize(106);
        List<Long> perTheme = java.util.stream.IntStream.rangeClosed(1, 13)
                .mapToObj(theme -> grid.criteria().stream().filter(criterion -> criterion.theme() == theme).count())
                .toList();
        assertThat(perTheme).containsExactly(9L, 2L, 3L, 13L, 8L, 2L, 5L, 10L, 4L, 14L, 13L, 11L, 12L);
        assertThat(grid.criteria()).allSatisfy(criterion -> assertThat(criterion.test()).isNotBlank());
    }

    @Test
    void theRateIsTheOneTheSummaryOfTheGridWritesFromItsCounts() {
        AuditGrid grid = AuditGrid.parse(GRID);
        Matcher written = Pattern.compile("= (\\d+) ÷ (\\d+) = \\*\\*(\\d+,\\d) %\\*\\*").matcher(GRID);
        assertThat(written.find()).as("the rate line of the summary").isTrue();
        assertThat(grid.met()).isEqualTo(Long.parseLong(written.group(1)));
        assertThat(grid.applicable()).isEqualTo(Long.parseLong(written.group(2)));
        assertThat(grid.rate()).isEqualByComparingTo(new BigDecimal(written.group(3).replace(',', '.')));
        assertThat(grid.tally().total()).isEqualTo(106);
    }

    /**
     * The grid as if criterion 13.11 were not met: its row, the summary's counts and the rate written again to match,
     * and, when {@code wording} is given, its row in the statement's table (section 7).
     */
    private static String withCriterionNotMet(String wording) {
        AuditGrid.Tally tally = AuditGrid.parse(GRID).tally();
        String rate = BigDecimal.valueOf((tally.met() - 1) * 100)
                .divide(BigDecimal.valueOf(tally.applicable()), 1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        String changed = GRID
                .replaceFirst("(?m)^(\\| 13\\.11 \\|[^|]*\\|) conforme \\|", "$1 **non conforme** |")
                .replace("| conforme | " + tally.met() + " |", "| conforme | " + (tally.met() - 1) + " |")
                .replace("| non conforme | " + tally.notMet() + " |", "| non conforme | " + (tally.notMet() + 1) + " |")
                .replaceFirst("= \\*\\*\\d+,\\d %\\*\\*", "= **" + rate + " %**");
        assertThat(changed).contains("| 13.11 | ").contains("| conforme | " + (tally.met() - 1) + " |");
        return wording == null ? changed
                : changed + "\n| N° | En français | In English |\n|---|---|---|\n| 13.11 | " + wording + " |\n";
    }

    @Test
    void everyCriterionNotMetHasItsWordsForTheStatementInBothLanguages() {
        AuditGrid grid = AuditGrid.parse(withCriterionNotMet(
                "Un bouton agit dès qu’on l’enfonce. | A button acts as soon as it is pressed."));
        assertThat(grid.notMet()).extracting(row -> row.criterion().id()).contains("13.11");
        assertThat(grid.notMet()).allSatisfy(row -> {
            assertThat(row.wording().french()).as(row.criterion().id()).isNotBlank().doesNotContain("`");
            assertThat(row.wording().english()).as(row.criterion().id()).isNotBlank().doesNotContain("`");
        });
        assertThat(grid.level()).isEqualTo(ConformityLevel.PARTIAL);
        assertThat(AuditGrid.parse(GRID).sample()).isNotEmpty().allSatisfy(role -> assertThat(role.pages()).isNotEmpty()
                .allSatisfy(page -> assertThat(page).startsWith("/")));
    }

    @Test
    void aGridWithoutACriterionOrWithOneMoreIsRefused() {
        String without = GRID.replaceFirst("(?m)^\\| 4\\.7 \\|.*\\n", "");
        assertThatThrownBy(() -> AuditGrid.parse(without)).hasMessageContaining("missing: [4.7]");
        String extra = GRID.replaceFirst("(?m)^(\\| 4\\.13 \\|.*\\n)", "$1| 4.14 | Un critère de trop | non applicable | revue | — |\n");
        assertThatThrownBy(() -> AuditGrid.parse(extra)).hasMessageContaining("unknown: [4.14]");
    }

    @Test
    void anUnknownStatusIsRefused() {
        String unknown = GRID.replaceFirst("(?m)^(\\| 4\\.7 \\|[^|]*\\|) non applicable \\|", "$1 presque conforme |");
        assertThat(unknown).isNotEqualTo(GRID);
        assertThatThrownBy(() -> AuditGrid.parse(unknown)).hasMessageContaining("presque conforme");
    }

    @Test
    void aSummaryThatDisagreesWithTheRowsIsRefused() {
        AuditGrid grid = AuditGrid.parse(GRID);
        long notApplicable = grid.tally().notApplicable();
        String counts = GRID.replace("| non applicable | " + notApplicable + " |",
                "| non applicable | " + (notApplicable + 1) + " |");
        assertThat(counts).isNotEqualTo(GRID);
        assertThatThrownBy(() -> AuditGrid.parse(counts)).hasMessageContaining("non applicable");
        String rate = GRID.replaceFirst("= \\*\\*\\d+,\\d %\\*\\*", "= **99,9 %**");
        assertThatThrownBy(() -> AuditGrid.parse(rate)).hasMessageContaining("rate");
        String row = GRID.replaceFirst("(?m)^(\\| 4\\.7 \\|[^|]*\\|) non applicable \\|", "$1 conforme |");
        assertThatThrownBy(() -> AuditGrid.parse(row)).hasMessageContaining("the summary gives");
    }

    @Test
    void aCriterionNotMetWithoutItsWordsForTheStatementIsRefused() {
        assertThatThrownBy(() -> AuditGrid.parse(withCriterionNotMet(null))).hasMessageContaining("criterion 13.11");
    }

    @Test
    void onlyEveryCriterionMetMakesTheSiteFullyCompliantAndHalfOfThemPartially() {
        assertThat(ConformityLevel.of(57, 57)).isEqualTo(ConformityLevel.TOTAL);
        assertThat(ConformityLevel.of(2499, 2500)).isEqualTo(ConformityLevel.PARTIAL);
        assertThat(ConformityLevel.of(50, 100)).isEqualTo(ConformityLevel.PARTIAL);
        assertThat(ConformityLevel.of(49, 100)).isEqualTo(ConformityLevel.NONE);
        assertThat(ConformityLevel.of(0, 57)).isEqualTo(ConformityLevel.NONE);
    }
}

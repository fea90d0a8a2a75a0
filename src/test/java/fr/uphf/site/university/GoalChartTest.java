package fr.uphf.site.university;

import java.math.BigDecimal;
import java.util.List;

import fr.uphf.site.translation.Localized;
import fr.uphf.site.university.GoalChart.Goal;
import fr.uphf.site.university.GoalChart.Line;
import fr.uphf.site.university.GoalChart.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart's geometry, on hand-made goals. */
class GoalChartTest {

    private static Goal goal(int number, String name, String score, String band, Integer participants) {
        return new Goal(number, new Localized(name, false), score == null ? null : new BigDecimal(score), band,
                participants);
    }

    private static final List<Goal> GOALS = List.of(
            goal(13, "action climat", "25.0", "301-400", 566),
            goal(5, "égalité", null, "401-600", 776),
            goal(4, "éducation", "50.0", "101-200", 966),
            goal(17, "partenariats", "100.0", "401-600", null));

    @Test
    void barsAreAsLongAsTheirScoreOnTheScaleOfAHundred() {
        GoalChart chart = GoalChart.of(GOALS);
        assertThat(chart.scored()).extracting(row -> row.bar().width().doubleValue()).containsExactly(150.0, 75.0, 300.0);
        Row full = chart.scored().get(2);
        assertThat(full.bar().x() + full.bar().width().intValue())
                .isEqualTo(chart.ticks().get(chart.ticks().size() - 1).x().intValue());
        assertThat(chart.ticks()).extracting(GoalChart.Tick::value).containsExactly(0, 25, 50, 75, 100);
        assertThat(chart.ticks().get(1).x().subtract(chart.ticks().get(0).x()))
                .isEqualByComparingTo(chart.scored().get(1).bar().width());
        assertThat(chart.scored()).allSatisfy(row -> assertThat(row.bar().scoreX())
                .isGreaterThan(BigDecimal.valueOf(row.bar().x()).add(row.bar().width())));
        assertThat(full.bar().scoreX().intValue() + "100,0".length() * 9).isLessThanOrEqualTo(GoalChart.WIDTH);
    }

    @Test
    void goalsComeInTheOrderOfTheirNumberScoredFirstEachBelowTheOther() {
        GoalChart chart = GoalChart.of(GOALS);
        assertThat(chart.scored()).extracting(Row::number).containsExactly(4, 13, 17);
        assertThat(chart.unscored()).extracting(Row::number).containsExactly(5);
        assertThat(chart.unscored().get(0).bar()).isNull();
        int previousBottom = 0;
        for (Row row : chart.scored()) {
            assertThat(row.name().get(0).y()).isGreaterThan(previousBottom);
            assertThat(row.bar().y()).isGreaterThan(row.name().get(row.name().size() - 1).y());
            assertThat(row.bandY()).isGreaterThan(row.bar().y() + row.bar().height());
            previousBottom = row.bandY();
        }
        assertThat(chart.scored()).allSatisfy(row -> {
            assertThat(row.bar().gridTop()).isGreaterThan(row.name().get(row.name().size() - 1).y());
            assertThat(row.bar().gridBottom()).isLessThan(row.bandY() - 13);
        });
        assertThat(chart.unscoredHeadingY()).isGreaterThan(previousBottom);
        assertThat(chart.unscored().get(0).name().get(0).y()).isGreaterThan(chart.unscoredHeadingY());
        assertThat(chart.height()).isGreaterThan(chart.unscored().get(0).bandY());
        assertThat(chart.viewBox()).isEqualTo("0 0 370 " + chart.height());
    }

    @Test
    void eachGoalIsLabelledWithItsNumberNameAndRank() {
        GoalChart chart = GoalChart.of(GOALS);
        Row first = chart.scored().get(0);
        assertThat(first.name()).extracting(Line::text).containsExactly("4 — éducation");
        assertThat(first.band()).isEqualTo("101-200");
        assertThat(first.participants()).isEqualTo(966);
        assertThat(first.bar().score()).isEqualByComparingTo("50.0");
        assertThat(first.nameLang()).isNull();
        assertThat(chart.unscored().get(0).name()).extracting(Line::text).containsExactly("5 — égalité");
    }

    @Test
    void aLongNameIsWrappedIntoShortLinesAndFrenchOnAnEnglishPageIsMarked() {
        GoalChart chart = GoalChart.of(List.of(new Goal(13,
                new Localized("mesures relatives à la lutte contre les changements climatiques", true),
                new BigDecimal("33.6"), "301-400", 566)));
        Row row = chart.scored().get(0);
        assertThat(row.name()).extracting(Line::text)
                .containsExactly("13 — mesures relatives à la lutte", "contre les changements climatiques");
        assertThat(row.name()).allSatisfy(line -> assertThat(line.text().length()).isLessThanOrEqualTo(GoalChart.LINE_LENGTH));
        assertThat(row.name().get(1).y()).isGreaterThan(row.name().get(0).y());
        assertThat(row.bar().y()).isGreaterThan(row.name().get(1).y());
        assertThat(row.nameLang()).isEqualTo("fr");
        assertThat(GoalChart.wrap("x".repeat(50))).containsExactly("x".repeat(38), "x".repeat(12));
    }

    @Test
    void aGoalWithoutBandHasNoRankLineAndAChartWithoutGoalsIsNotShown() {
        Row row = GoalChart.of(List.of(goal(4, "éducation", "50.0", " ", null))).scored().get(0);
        assertThat(row.band()).isNull();
        assertThat(row.bandY()).isEqualTo(row.bar().y() + row.bar().height());
        assertThat(GoalChart.of(List.of()).shown()).isFalse();
        assertThat(GoalChart.of(List.of(goal(5, "égalité", null, "401-600", 776))).shown()).isTrue();
    }
}

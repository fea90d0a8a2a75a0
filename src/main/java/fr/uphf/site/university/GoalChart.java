package fr.uphf.site.university;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.uphf.site.translation.Localized;

/**
 * The bar chart of a ranking's results by sustainable development goal, laid out in the user units of an SVG
 * {@link #WIDTH} wide: one horizontal bar per goal with a score, on its scale of 0 to 100 (its values above the bars,
 * and a gridline every 25 across each bar, not across the text), then the goals without a score, listed with their
 * rank. Goals come in their number's order; each one's number and name is wrapped into lines short enough for the
 * chart's width. The template (fragments/widgets.html, goal-chart) draws it from these numbers.
 */
public record GoalChart(List<Tick> ticks, List<Row> scored, int unscoredHeadingY, List<Row> unscored, int height) {

    /** The width of the drawing, in user units; it is scaled to the width of the page. */
    public static final int WIDTH = 370;

    /** The most characters of a goal’s name on one line at the chart’s font size, even with WCAG 1.4.12’s spacing. */
    static final int LINE_LENGTH = 38;

    static final int PLOT_LEFT = 12;
    static final BigDecimal UNITS_PER_POINT = BigDecimal.valueOf(3);
    static final int TICK_STEP = 25;
    static final int MAX_SCORE = 100;

    private static final int TICKS_Y = 14;
    private static final int FIRST_ROW_TOP = 26;
    private static final int LINE_HEIGHT = 18;
    private static final int BAR_HEIGHT = 18;
    private static final int BAR_GAP = 6;
    private static final int GRID_OVERHANG = 2;
    private static final int SCORE_GAP = 6;
    private static final int ROW_GAP = 14;
    private static final int BOTTOM_MARGIN = 6;

    /** What the chart shows of one goal: its number and name, score (if any), rank band and number of institutions. */
    public record Goal(int number, Localized name, BigDecimal score, String band, Integer participants) {
    }

    /** A value of the scale and where its gridline stands. */
    public record Tick(int value, BigDecimal x) {
    }

    /** A line of text and its baseline. */
    public record Line(String text, int y) {
    }

    /** A bar: its top, its length, where its score is written (just after its end) and its gridlines' extent. */
    public record Bar(BigDecimal score, int y, BigDecimal width, BigDecimal scoreX) {

        public int x() {
            return PLOT_LEFT;
        }

        public int height() {
            return BAR_HEIGHT;
        }

        public int scoreY() {
            return y + BAR_HEIGHT - 4;
        }

        /** The top of the gridlines across the bar, a little above it. */
        public int gridTop() {
            return y - GRID_OVERHANG;
        }

        public int gridBottom() {
            return y + BAR_HEIGHT + GRID_OVERHANG;
        }
    }

    /**
     * One goal: the lines of its number and name, their language when it is not the page's, its bar (none without
     * a score) and the baseline of its rank, if it has one.
     */
    public record Row(int number, List<Line> name, String nameLang, Bar bar, String band, Integer participants,
            int bandY) {
    }

    /** Lays out the goals given, whatever their order; the rows of a ranking without a goal are not given. */
    public static GoalChart of(List<Goal> goals) {
        List<Goal> ordered = goals.stream().sorted(Comparator.comparingInt(Goal::number)).toList();
        List<Row> scored = rows(ordered.stream().filter(goal -> goal.score() != null).toList(), FIRST_ROW_TOP);
        int y = scored.isEmpty() ? FIRST_ROW_TOP : bottom(scored.get(scored.size() - 1));
        List<Goal> withoutScore = ordered.stream().filter(goal -> goal.score() == null).toList();
        int unscoredHeadingY = withoutScore.isEmpty() ? y : y + LINE_HEIGHT;
        List<Row> unscored = rows(withoutScore, unscoredHeadingY + BAR_GAP);
        if (!unscored.isEmpty()) {
            y = bottom(unscored.get(unscored.size() - 1));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int value = 0; value <= MAX_SCORE; value += TICK_STEP) {
            ticks.add(new Tick(value, x(BigDecimal.valueOf(value))));
        }
        return new GoalChart(ticks, scored, unscoredHeadingY, unscored, y - ROW_GAP + BOTTOM_MARGIN);
    }

    private static List<Row> rows(List<Goal> goals, int top) {
        List<Row> rows = new ArrayList<>();
        int y = top;
        for (Goal goal : goals) {
            Row row = row(goal, y);
            rows.add(row);
            y = bottom(row);
        }
        return rows;
    }

    /** The drawing's coordinates, for the viewBox attribute. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    /** The baseline of the values of the scale, above the bars. */
    public int ticksY() {
        return TICKS_Y;
    }

    /** Whether there is a goal to draw. */
    public boolean shown() {
        return !scored.isEmpty() || !unscored.isEmpty();
    }

    private static Row row(Goal goal, int top) {
        List<Line> name = new ArrayList<>();
        int y = top;
        String title = goal.name().text() == null ? String.valueOf(goal.number())
                : goal.number() + " — " + goal.name().text();
        for (String text : wrap(title)) {
            y += LINE_HEIGHT;
            name.add(new Line(text, y));
        }
        Bar bar = null;
        if (goal.score() != null) {
            BigDecimal width = goal.score().multiply(UNITS_PER_POINT);
            bar = new Bar(goal.score(), y + BAR_GAP, width, x(goal.score()).add(BigDecimal.valueOf(SCORE_GAP)));
            y += BAR_GAP + BAR_HEIGHT;
        }
        boolean banded = goal.band() != null && !goal.band().isBlank();
        int bandY = banded ? y + LINE_HEIGHT : y;
        return new Row(goal.number(), name, goal.name().lang(), bar, banded ? goal.band() : null, goal.participants(),
                bandY);
    }

    private static int bottom(Row row) {
        return row.bandY() + ROW_GAP;
    }

    private static BigDecimal x(BigDecimal score) {
        return BigDecimal.valueOf(PLOT_LEFT).add(score.multiply(UNITS_PER_POINT));
    }

    /** The words of a text in lines of at most {@link #LINE_LENGTH} characters; a longer word is cut. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > LINE_LENGTH) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, LINE_LENGTH));
                word = word.substring(LINE_LENGTH);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_LENGTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

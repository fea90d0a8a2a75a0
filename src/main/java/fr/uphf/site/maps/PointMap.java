package fr.uphf.site.maps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A map of linked places over a {@link Basemap}, laid out in the basemap's user units: each place projected from its
 * coordinates, a marker there and its name beside it, put where it neither overlaps another name or marker nor leaves
 * the drawing. Each name tries the eight sides of its marker, nearest first, then the same sides farther away, with a
 * line from the marker to a name set apart; places come in the order given, the first ones getting the nearest sides.
 * A place outside the frame, or without coordinates, is left off. The template (fragments/widgets.html, point-map)
 * draws it from these numbers.
 */
public record PointMap(Basemap basemap, List<Point> points) {

    /** The font size of the names, in user units (fragments' CSS says the same). */
    static final double FONT_SIZE = 13;
    /** What a character of a name takes at most in width, on average over a name, at that size. */
    static final double CHARACTER_WIDTH = 7.6;
    static final double LINE_HEIGHT = 15;
    static final double MARKER_RADIUS = 4.5;
    /** A name is kept this far from the drawing's edges. */
    static final double MARGIN = 2;
    /** The most characters of a name on one line. */
    static final int LINE_LENGTH = 22;

    private static final double FIRST_GAP = 4;
    private static final double GAP_STEP = 12;
    private static final int DISTANCES = 6;
    private static final double DIAGONAL = Math.sqrt(0.5);
    /** The sides of a marker a name tries, in this order: east, west, north-east, south-east, north-west, south-west, north, south. */
    private static final int[][] SIDES = {{1, 0}, {-1, 0}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}, {0, -1}, {0, 1}};

    /**
     * A place to show: its address, its name (wrapped into lines), the language of the name when it is not the
     * page's, a longer name that links and tooltips say (or null), and its coordinates in degrees (null: unknown).
     */
    public record Place(String href, String name, String lang, String title, Double latitude, Double longitude) {
    }

    /** A rectangle of the drawing. */
    public record Box(double left, double top, double right, double bottom) {

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        boolean inside(double width, double height) {
            return left >= MARGIN && top >= MARGIN && right <= width - MARGIN && bottom <= height - MARGIN;
        }
    }

    /** A line of a name, its baseline. */
    public record Line(String text, String y) {
    }

    /**
     * A placed place: where its marker is, its name's lines, where they start ({@code x} with {@code anchor} as
     * SVG's text-anchor), the box they take, and the line leading to a name set apart (null when beside).
     */
    public record Point(Place place, String x, String y, List<Line> lines, String labelX, String anchor, Box box,
            Leader leader) {
    }

    /** A line from a marker's edge to its name. */
    public record Leader(String x1, String y1, String x2, String y2) {
    }

    /** Lays the places out on the basemap. */
    public static PointMap of(Basemap basemap, List<Place> places) {
        Projection projection = basemap.projection();
        double width = projection.width();
        double height = Math.ceil(projection.height());
        List<Place> shown = places.stream()
                .filter(place -> place.latitude() != null && place.longitude() != null
                        && projection.contains(place.latitude(), place.longitude()))
                .toList();
        List<Box> markers = shown.stream().map(place -> marker(projection.x(place.longitude()),
                projection.y(place.latitude()))).toList();
        List<Box> taken = new ArrayList<>(markers);
        List<Point> points = new ArrayList<>();
        for (Place place : shown) {
            double x = projection.x(place.longitude());
            double y = projection.y(place.latitude());
            List<String> lines = wrap(place.name());
            double labelWidth = lines.stream().mapToInt(String::length).max().orElse(0) * CHARACTER_WIDTH;
            double labelHeight = lines.size() * LINE_HEIGHT;
            Candidate best = null;
            for (int step = 0; step < DISTANCES && (best == null || best.overlaps > 0); step++) {
                double gap = MARKER_RADIUS + FIRST_GAP + step * GAP_STEP;
                for (int[] side : SIDES) {
                    Candidate candidate = candidate(x, y, side, gap, labelWidth, labelHeight, taken, width, height);
                    if (best == null || candidate.overlaps < best.overlaps) {
                        best = candidate;
                    }
                    if (best.overlaps == 0) {
                        break;
                    }
                }
            }
            taken.add(best.box);
            points.add(point(place, x, y, lines, best, step(best.gap)));
        }
        return new PointMap(basemap, List.copyOf(points));
    }

    private static int step(double gap) {
        return (int) Math.round((gap - MARKER_RADIUS - FIRST_GAP) / GAP_STEP);
    }

    /** A place for a name: its box, which side of the marker it is on, how far, and how many things it overlaps. */
    private record Candidate(Box box, int[] side, double gap, int overlaps) {
    }

    private static Candidate candidate(double x, double y, int[] side, double gap, double labelWidth,
            double labelHeight, List<Box> taken, double width, double height) {
        double reach = side[0] != 0 && side[1] != 0 ? gap * DIAGONAL : gap;
        double left = side[0] > 0 ? x + reach : side[0] < 0 ? x - reach - labelWidth : x - labelWidth / 2;
        double top = side[1] > 0 ? y + reach : side[1] < 0 ? y - reach - labelHeight : y - labelHeight / 2;
        Box box = new Box(left, top, left + labelWidth, top + labelHeight);
        int overlaps = (int) taken.stream().filter(box::overlaps).count() + (box.inside(width, height) ? 0 : 100);
        return new Candidate(box, side, gap, overlaps);
    }

    private static Point point(Place place, double x, double y, List<String> lines, Candidate chosen, int step) {
        Box box = chosen.box;
        String anchor = chosen.side[0] > 0 ? "start" : chosen.side[0] < 0 ? "end" : "middle";
        double labelX = chosen.side[0] > 0 ? box.left() : chosen.side[0] < 0 ? box.right()
                : (box.left() + box.right()) / 2;
        List<Line> placed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // The baseline sits a quarter of the font size above the bottom of its line.
            placed.add(new Line(lines.get(i), number(box.top() + (i + 1) * LINE_HEIGHT - FONT_SIZE / 4)));
        }
        Leader leader = null;
        if (step > 0) {
            double toX = Math.max(box.left(), Math.min(x, box.right()));
            double toY = Math.max(box.top(), Math.min(y, box.bottom()));
            double length = Math.hypot(toX - x, toY - y);
            leader = new Leader(number(x + (toX - x) * MARKER_RADIUS / length),
                    number(y + (toY - y) * MARKER_RADIUS / length), number(toX), number(toY));
        }
        return new Point(place, number(x), number(y), List.copyOf(placed), number(labelX), anchor, box, leader);
    }

    /** The box a marker takes, its outline included. */
    private static Box marker(double x, double y) {
        double r = MARKER_RADIUS + 1;
        return new Box(x - r, y - r, x + r, y + r);
    }

    /** A coordinate to one decimal, as the outlines are written. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A coordinate as stored (a decimal, or null when unknown) in degrees. */
    public static Double degrees(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** The marker's radius, for the template. */
    public double markerRadius() {
        return MARKER_RADIUS;
    }

    /**
     * A name in lines of at most {@link #LINE_LENGTH} characters: broken after a dash between words first (« Valenciennes
     * – », « Mont Houy »), then between words; a longer word stays whole on its line.
     */
    static List<String> wrap(String name) {
        List<String> lines = new ArrayList<>();
        for (String part : name.strip().split("(?<= [–—-]) ")) {
            StringBuilder line = new StringBuilder();
            for (String word : part.split("\\s+")) {
                if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_LENGTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}

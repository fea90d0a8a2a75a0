package fr.uphf.site.maps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines of one map frame, as tools/maps/convert.mjs wrote them from Natural Earth (a resource under
 * {@code maps/}), projected once into SVG path data: one path per country crossing the frame.
 */
public record Basemap(Projection projection, List<String> countries, String source) {

    /** The drawing's width in user units: a phone's width, where one unit is about one pixel. */
    static final double WIDTH = 360;

    /** What the converter writes: the frame in degrees and each country's rings, longitudes and latitudes in turn. */
    record Outlines(String source, double west, double east, double south, double north, List<Country> countries) {
    }

    record Country(String name, List<double[]> rings) {
    }

    /** Reads and projects a frame's outlines; a missing or broken resource stops the start-up. */
    static Basemap read(String resource, JsonMapper json) {
        try (InputStream in = Basemap.class.getResourceAsStream("/maps/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no map resource maps/" + resource);
            }
            Outlines outlines = json.readValue(in, Outlines.class);
            Projection projection = new Projection(outlines.west(), outlines.east(), outlines.south(), outlines.north(),
                    WIDTH);
            return new Basemap(projection,
                    outlines.countries().stream().map(country -> path(country, projection)).toList(),
                    outlines.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A country's rings as path data in whole units (the outlines are simplified to about one): each ring moved to and
     * closed, points after the first relative to the previous one, rounded from the projected point so that no error
     * adds up.
     */
    static String path(Country country, Projection projection) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : country.rings()) {
            long previousX = 0;
            long previousY = 0;
            boolean lines = false;
            for (int i = 0; i + 1 < ring.length; i += 2) {
                long x = Math.round(projection.x(ring[i]));
                long y = Math.round(projection.y(ring[i + 1]));
                if (i == 0) {
                    d.append('M').append(x).append(' ').append(y);
                } else if (x != previousX || y != previousY) {
                    d.append(lines ? " " : "l").append(x - previousX).append(' ').append(y - previousY);
                    lines = true;
                }
                previousX = x;
                previousY = y;
            }
            d.append('z');
        }
        return d.toString();
    }

    /** The drawing's coordinates, for the viewBox attribute. */
    public String viewBox() {
        return String.format(Locale.ROOT, "0 0 %.0f %.0f", WIDTH, Math.ceil(projection.height()));
    }
}

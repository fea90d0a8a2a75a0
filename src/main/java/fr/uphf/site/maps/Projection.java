package fr.uphf.site.maps;

/**
 * The one projection of the site's maps, for their outlines and their points alike: equirectangular, true to scale
 * along the frame's middle parallel (longitudes shrunk by its cosine), north up, scaled to a drawing {@code width}
 * user units wide. Meridians and parallels stay straight lines, so the outlines that tools/maps/convert.mjs cut to
 * the frame in degrees are cut to the drawing's rectangle too.
 */
public record Projection(double west, double east, double south, double north, double width) {

    public Projection {
        if (!(west < east && south < north && south >= -85 && north <= 85 && width > 0)) {
            throw new IllegalArgumentException("not a map frame: " + west + ", " + east + ", " + south + ", " + north);
        }
    }

    private double shrink() {
        return Math.cos(Math.toRadians((south + north) / 2));
    }

    /** User units per degree of latitude (and per shrunk degree of longitude). */
    private double scale() {
        return width / ((east - west) * shrink());
    }

    public double x(double longitude) {
        return (longitude - west) * shrink() * scale();
    }

    public double y(double latitude) {
        return (north - latitude) * scale();
    }

    /** The drawing's height, for the frame's latitudes. */
    public double height() {
        return (north - south) * scale();
    }

    /** Whether the point is in the frame. */
    public boolean contains(double latitude, double longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }
}

package fr.uphf.site.shared;

import java.util.Arrays;
import java.util.Optional;

/** The six public areas of the site, each at its own root URL. */
public enum Area {
    UNIVERSITE("universite"),
    ADMISSION("admission"),
    CAMPUS("campus"),
    EUNICE("eunice"),
    MOBILITE("mobilite"),
    SERVICES("services");

    private final String path;

    Area(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String url() {
        return "/" + path;
    }

    public static Optional<Area> fromPath(String path) {
        return Arrays.stream(values()).filter(area -> area.path.equals(path)).findFirst();
    }
}

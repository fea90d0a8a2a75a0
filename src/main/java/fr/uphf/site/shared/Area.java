package fr.uphf.site.shared;

import java.util.Arrays;
import java.util.Optional;

/** The six public areas of the site, each at its own root URL, in French and under /en in English. */
public enum Area {
    UNIVERSITE("universite", "university"),
    ADMISSION("admission", "admissions"),
    CAMPUS("campus", "campuses"),
    EUNICE("eunice", "eunice"),
    MOBILITE("mobilite", "international"),
    SERVICES("services", "services");

    private final String path;
    private final String englishPath;

    Area(String path, String englishPath) {
        this.path = path;
        this.englishPath = englishPath;
    }

    public String path() {
        return path;
    }

    public String url() {
        return "/" + path;
    }

    public String englishUrl() {
        return Language.ENGLISH_ROOT + "/" + englishPath;
    }

    public static Optional<Area> fromPath(String path) {
        return Arrays.stream(values()).filter(area -> area.path.equals(path)).findFirst();
    }

    public static Optional<Area> fromEnglishPath(String path) {
        return Arrays.stream(values()).filter(area -> area.englishPath.equals(path)).findFirst();
    }
}

package fr.uphf.site.shared;

import java.util.List;

import org.springframework.stereotype.Component;

/** The practical guides (pages that answer a visitor's own situation), for the home page and their area's index. */
@Component("guides")
public class Guides {

    /** A guide of an area; its link text and summary are the messages guides.AREA.link and guides.AREA.summary. */
    public record Guide(Area area, String url) {
    }

    private static final List<Guide> ALL = List.of(
            new Guide(Area.ADMISSION, "/admission/ou-candidater"),
            new Guide(Area.MOBILITE, "/mobilite/estimer-mes-aides"));

    public List<Guide> all() {
        return ALL;
    }

    public List<Guide> of(Area area) {
        return ALL.stream().filter(guide -> guide.area() == area).toList();
    }
}

package fr.uphf.site.shared;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** The practical guides the areas offer, in the order of the areas: for the home page and each area's pages. */
@Component("guides")
public class Guides {

    private final List<Guide> all;

    Guides(List<Guide> guides) {
        this.all = guides.stream().sorted(Comparator.comparing(Guide::area)).toList();
    }

    public List<Guide> all() {
        return all;
    }

    public List<Guide> of(Area area) {
        return all.stream().filter(guide -> guide.area() == area).toList();
    }
}

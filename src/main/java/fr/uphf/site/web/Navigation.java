package fr.uphf.site.web;

import java.util.List;

import fr.uphf.site.shared.Area;
import org.springframework.stereotype.Component;

/** What the layout needs on every page, error pages included: the areas of the main menu. */
@Component("navigation")
public class Navigation {

    public List<Area> areas() {
        return List.of(Area.values());
    }
}

package fr.uphf.site.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import org.springframework.stereotype.Component;

/** Finds, for each widget, the area component that loads its data. */
@Component
public class Widgets {

    private final Map<Widget, WidgetSource> sources = new EnumMap<>(Widget.class);

    Widgets(List<WidgetSource> all) {
        all.forEach(source -> {
            if (sources.put(source.widget(), source) != null) {
                throw new IllegalStateException("Two sources for widget " + source.widget());
            }
        });
        for (Widget widget : Widget.values()) {
            if (!sources.containsKey(widget)) {
                throw new IllegalStateException("No source for widget " + widget);
            }
        }
    }

    public Object load(Widget widget, Area area) {
        return sources.get(widget).loader().apply(area);
    }
}

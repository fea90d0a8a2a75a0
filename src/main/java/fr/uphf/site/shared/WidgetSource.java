package fr.uphf.site.shared;

import java.util.function.Function;

/** Loads the structured data that a widget shows on a page of a given area; each area declares the widgets of its own data. */
public record WidgetSource(Widget widget, Function<Area, ?> loader) {
}

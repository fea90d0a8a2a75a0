package fr.uphf.site.shared;

import java.util.List;

/** The menu beside a page: its area (or group of pages) as a heading link, then the pages of that group. */
public record SideMenu(Crumb heading, List<Item> items) {

    /** A page of the menu; the one being read is marked as current. */
    public record Item(String label, String url, boolean current) {
    }
}

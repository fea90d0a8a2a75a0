package fr.uphf.site.content;

import java.time.Instant;

import fr.uphf.site.shared.Widget;

/** The editable content of a page, as saved in a revision's snapshot. */
public record PageDraft(String title, String slug, String description, String bodyMarkdown, Widget widget,
        int sortOrder, Instant expireAt) {
}

package fr.uphf.site.content;

import java.time.Instant;
import java.time.LocalDateTime;

import fr.uphf.site.shared.Slug;
import fr.uphf.site.shared.TimeConfiguration;
import fr.uphf.site.shared.Widget;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A page as typed in the admin form. Every field is bound as text and checked by Bean Validation, so that a
 * mistyped number or date is reported next to its field along with every other error. Dates are local to
 * Europe/Paris; {@code version} is the page version the editor started from, so that a save over a colleague's
 * newer change is refused.
 */
public record PageForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(max = 120) @Slug String slug,
        @NotBlank @Size(max = 300) String description,
        @NotNull @Size(max = 200_000) String bodyMarkdown,
        Widget widget,
        @NotBlank @Pattern(regexp = "\\d{1,4}", message = "{admin.page.sortOrder.pattern}") String sortOrder,
        @Pattern(regexp = DATE_TIME, message = "{admin.page.date.pattern}") String goLiveAt,
        @Pattern(regexp = DATE_TIME, message = "{admin.page.date.pattern}") String expireAt,
        Long version) {


    /** What a datetime-local field sends: 2026-11-28T14:30, possibly with seconds; or nothing. */
    static final String DATE_TIME = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?";

    /** The form to edit a draft, with the page's scheduled publication time if it has one. */
    static PageForm of(PageDraft draft, Long version, Instant goLiveAt) {
        return new PageForm(draft.title(), draft.slug(), draft.description(), draft.bodyMarkdown(), draft.widget(),
                String.valueOf(draft.sortOrder()), local(goLiveAt), local(draft.expireAt()), version);
    }

    static PageForm empty() {
        return new PageForm("", "", "", "", null, "10", null, null, null);
    }

    PageForm withVersion(long current) {
        return new PageForm(title, slug, description, bodyMarkdown, widget, sortOrder, goLiveAt, expireAt, current);
    }

    /** The draft as typed, with the browser's CRLF line ends made LF, as the seeded texts and their translations have. */
    PageDraft draft() {
        return new PageDraft(title.trim(), slug, description.trim(), bodyMarkdown.replace("\r\n", "\n"), widget,
                Integer.parseInt(sortOrder), instant(expireAt));
    }

    Instant goLive() {
        return instant(goLiveAt);
    }

    private static Instant instant(String local) {
        return local == null || local.isBlank() ? null : LocalDateTime.parse(local).atZone(TimeConfiguration.PARIS).toInstant();
    }

    private static String local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, TimeConfiguration.PARIS).toString();
    }
}

package fr.uphf.site.content;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A page as typed in the admin form. Dates are local to Europe/Paris; {@code version} is the page version the editor
 * started from, so that a save over a colleague's newer change is refused.
 */
public record PageForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(max = 120) @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "{admin.page.slug.pattern}") String slug,
        @NotBlank @Size(max = 300) String description,
        @NotNull @Size(max = 200_000) String bodyMarkdown,
        Widget widget,
        @Min(0) @Max(9999) int sortOrder,
        @DateTimeFormat(pattern = DATE_TIME, fallbackPatterns = DATE_TIME_SECONDS) LocalDateTime goLiveAt,
        @DateTimeFormat(pattern = DATE_TIME, fallbackPatterns = DATE_TIME_SECONDS) LocalDateTime expireAt,
        Long version) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";
    static final String DATE_TIME_SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

    static PageForm of(PageDraft draft, Long version) {
        return new PageForm(draft.title(), draft.slug(), draft.description(), draft.bodyMarkdown(), draft.widget(),
                draft.sortOrder(), null,
                draft.expireAt() == null ? null : LocalDateTime.ofInstant(draft.expireAt(), PARIS), version);
    }

    static PageForm empty() {
        return new PageForm("", "", "", "", null, 10, null, null, null);
    }

    PageDraft draft() {
        return new PageDraft(title.trim(), slug, description.trim(), bodyMarkdown, widget, sortOrder,
                expireAt == null ? null : expireAt.atZone(PARIS).toInstant());
    }
}

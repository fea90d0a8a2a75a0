package fr.uphf.site.content;

import java.time.Instant;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.Widget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A page of prose, written in Markdown and kept with its sanitised HTML. The index page of an area has an empty slug. */
@Entity
@Table(name = Page.TABLE)
public class Page extends AuditedEntity {

    static final String TABLE = "page";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Area area;

    @Column(nullable = false)
    private String slug;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "body_html")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    private Widget widget;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "has_unpublished_changes", nullable = false)
    private boolean hasUnpublishedChanges;

    @Column(name = "go_live_at")
    private Instant goLiveAt;

    @Column(name = "expire_at")
    private Instant expireAt;

    @Column(name = "last_published_at")
    private Instant lastPublishedAt;

    protected Page() {
    }

    /** A new page of an area, not yet published: its row holds its first draft until it is. */
    static Page create(Area area, Long parentId, PageDraft draft) {
        Page page = new Page();
        page.area = area;
        page.parentId = parentId;
        page.bodyHtml = "";
        page.apply(draft, "");
        page.hasUnpublishedChanges = true;
        return page;
    }

    /** The live content of this row, as a draft to start editing from. */
    PageDraft live() {
        return new PageDraft(title, slug, description, bodyMarkdown, widget, sortOrder, expireAt);
    }

    void apply(PageDraft draft, String html) {
        title = draft.title();
        slug = draft.slug();
        description = draft.description();
        bodyMarkdown = draft.bodyMarkdown();
        bodyHtml = html;
        widget = draft.widget();
        sortOrder = draft.sortOrder();
        expireAt = draft.expireAt();
    }

    /** Puts the applied content live; {@code newerDraft}: a draft saved since is still to be published. */
    void publish(Instant now, boolean newerDraft) {
        published = true;
        hasUnpublishedChanges = newerDraft;
        goLiveAt = null;
        lastPublishedAt = now;
    }

    void unpublish() {
        published = false;
        goLiveAt = null;
    }

    void draftSaved() {
        hasUnpublishedChanges = true;
    }

    void schedule(Instant at) {
        goLiveAt = at;
    }

    /** A copy of this page showing a draft, as visitors will see it once published; never saved. */
    Page preview(PageDraft draft, String html, Instant at) {
        Page copy = new Page();
        copy.area = area;
        copy.parentId = parentId;
        copy.apply(draft, html);
        copy.published = true;
        copy.previewAt(at);
        return copy;
    }

    /** What an editor sees of the page's state. */
    public PageStatus status(Instant now) {
        if (goLiveAt != null) {
            return PageStatus.SCHEDULED;
        }
        if (!published) {
            return lastPublishedAt == null ? PageStatus.DRAFT : PageStatus.UNPUBLISHED;
        }
        if (expireAt != null && !expireAt.isAfter(now)) {
            return PageStatus.EXPIRED;
        }
        return hasUnpublishedChanges ? PageStatus.LIVE_WITH_DRAFT : PageStatus.LIVE;
    }

    public String url() {
        return slug.isEmpty() ? area.url() : area.url() + "/" + slug;
    }

    public boolean isIndex() {
        return slug.isEmpty();
    }

    public Area getArea() {
        return area;
    }

    public String getSlug() {
        return slug;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public Widget getWidget() {
        return widget;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isHasUnpublishedChanges() {
        return hasUnpublishedChanges;
    }

    public Instant getGoLiveAt() {
        return goLiveAt;
    }

    public Instant getExpireAt() {
        return expireAt;
    }

    public Instant getLastPublishedAt() {
        return lastPublishedAt;
    }
}

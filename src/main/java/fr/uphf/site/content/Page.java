package fr.uphf.site.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A page of prose, written in Markdown and kept with its sanitised HTML. The index page of an area has an empty slug. */
@Entity
@Table(name = "page")
public class Page extends Editable {

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

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public Widget getWidget() {
        return widget;
    }

    public boolean isPublished() {
        return published;
    }
}

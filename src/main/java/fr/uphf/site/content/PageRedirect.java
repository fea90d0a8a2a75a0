package fr.uphf.site.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An address a page had before its slug changed; it answers with a permanent redirect to the page. */
@Entity
@Table(name = "page_redirect")
public class PageRedirect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "old_path", nullable = false, unique = true)
    private String oldPath;

    @Column(name = "page_id", nullable = false)
    private Long pageId;

    protected PageRedirect() {
    }

    PageRedirect(String oldPath, Long pageId) {
        this.oldPath = oldPath;
        this.pageId = pageId;
    }

    public String getOldPath() {
        return oldPath;
    }

    public Long getPageId() {
        return pageId;
    }

    void setPageId(Long pageId) {
        this.pageId = pageId;
    }
}

package fr.uphf.site.campus;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the five campuses of the university. */
@Entity
@Table(name = "campus")
public class Campus extends AuditedEntity {

    private String slug;

    private String name;

    private String city;

    private String summary;

    @Column(name = "sort_order")
    private int sortOrder;

    /** The campus's own page. */
    public String url() {
        return Area.CAMPUS.url() + "/" + slug;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getSummary() {
        return summary;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

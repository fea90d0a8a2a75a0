package fr.uphf.site.admissions;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A platform through which candidates apply, and who must use it for which programmes. */
@Entity
@Table(name = "application_platform")
public class ApplicationPlatform extends AuditedEntity {

    private String code;

    private String name;

    private String audience;

    private String programmes;

    private String url;

    @Column(name = "sort_order")
    private int sortOrder;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAudience() {
        return audience;
    }

    public String getProgrammes() {
        return programmes;
    }

    public String getUrl() {
        return url;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

package fr.uphf.site.mobility;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A financial aid for students going abroad; its criteria and amounts are rows of their own. */
@Entity
@Table(name = "mobility_grant")
public class MobilityGrant extends AuditedEntity {

    private String code;

    private String name;

    private String funder;

    @Column(name = "combinable_note")
    private String combinableNote;

    @Column(name = "sort_order")
    private int sortOrder;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFunder() {
        return funder;
    }

    public String getCombinableNote() {
        return combinableNote;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

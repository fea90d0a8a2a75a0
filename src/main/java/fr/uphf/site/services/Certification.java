package fr.uphf.site.services;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A language certification that students can take at the university. */
@Entity
@Table(name = "certification")
public class Certification extends AuditedEntity {

    private String name;

    private String description;

    private String frequency;

    @Column(name = "sort_order")
    private int sortOrder;

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getFrequency() {
        return frequency;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

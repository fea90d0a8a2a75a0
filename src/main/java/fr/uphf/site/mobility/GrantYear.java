package fr.uphf.site.mobility;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An academic year of grant rules ("2022-2023"); the published one is shown on the site and used by the estimator. */
@Entity
@Table(name = "grant_year")
public class GrantYear extends AuditedEntity {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private boolean published;

    public String getCode() {
        return code;
    }

    public boolean isPublished() {
        return published;
    }

    void publish() {
        published = true;
    }

    void withdraw() {
        published = false;
    }
}

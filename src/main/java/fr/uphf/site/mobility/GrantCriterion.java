package fr.uphf.site.mobility;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One condition a student must meet to receive a grant in an academic year, as the university words it. */
@Entity
@Table(name = "grant_criterion")
public class GrantCriterion extends AuditedEntity {

    @Column(name = "grant_id", nullable = false)
    private Long grantId;

    @Column(nullable = false)
    private String body;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "academic_year", nullable = false)
    private String academicYear;

    public Long getGrantId() {
        return grantId;
    }

    public String getBody() {
        return body;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getAcademicYear() {
        return academicYear;
    }
}

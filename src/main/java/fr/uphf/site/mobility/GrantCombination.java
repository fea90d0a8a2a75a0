package fr.uphf.site.mobility;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Whether two grants can be received for the same stay, in an academic year. */
@Entity
@Table(name = "grant_combination")
public class GrantCombination extends AuditedEntity {

    public enum Status { CUMULABLE, NON_CUMULABLE, A_CONFIRMER }

    @Column(name = "academic_year", nullable = false)
    private String academicYear;

    @Column(name = "grant_a_id", nullable = false)
    private Long grantAId;

    @Column(name = "grant_b_id", nullable = false)
    private Long grantBId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    public String getAcademicYear() {
        return academicYear;
    }

    public Long getGrantAId() {
        return grantAId;
    }

    public Long getGrantBId() {
        return grantBId;
    }

    public Status getStatus() {
        return status;
    }
}

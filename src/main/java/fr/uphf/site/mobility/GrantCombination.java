package fr.uphf.site.mobility;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Whether two grants can be received for the same stay, in an academic year. */
@Entity
@Table(name = "grant_combination")
public class GrantCombination extends AuditedEntity {

    public enum Status { CUMULABLE, NON_CUMULABLE, A_CONFIRMER }

    @NotBlank
    @Column(name = "academic_year", nullable = false)
    private String academicYear;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_a_id", nullable = false)
    private MobilityGrant grantA;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_b_id", nullable = false)
    private MobilityGrant grantB;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    public String getAcademicYear() {
        return academicYear;
    }

    public Status getStatus() {
        return status;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }

    public MobilityGrant getGrantA() {
        return grantA;
    }

    public void setGrantA(MobilityGrant grantA) {
        this.grantA = grantA;
    }

    public MobilityGrant getGrantB() {
        return grantB;
    }

    public void setGrantB(MobilityGrant grantB) {
        this.grantB = grantB;
    }

    public void setStatus(Status status) {
        this.status = status;
    }
}

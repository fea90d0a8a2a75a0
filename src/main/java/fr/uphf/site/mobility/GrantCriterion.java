package fr.uphf.site.mobility;

import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One condition a student must meet to receive a grant in an academic year, as the university words it. */
@Entity
@Table(name = "grant_criterion")
public class GrantCriterion extends OrderedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_id", nullable = false)
    private MobilityGrant grant;

    @NotBlank
    @Size(max = 5000)
    @Column(nullable = false)
    private String body;

    @NotBlank
    @Column(name = "academic_year", nullable = false)
    private String academicYear;

    public String getBody() {
        return body;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public MobilityGrant getGrant() {
        return grant;
    }

    public void setGrant(MobilityGrant grant) {
        this.grant = grant;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }
}

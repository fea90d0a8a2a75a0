package fr.uphf.site.mobility;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A country of the Erasmus+ programme and the group that sets its monthly allowance in an academic year. */
@Entity
@Table(name = "erasmus_country")
public class ErasmusCountry extends AuditedEntity {

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Size(max = 2)
    @Column(name = "iso_code")
    private String isoCode;

    @NotNull
    @Min(1)
    @Max(3)
    @Column(name = "country_group")
    private Integer countryGroup;

    @NotBlank
    @Column(name = "academic_year")
    private String academicYear;

    public String getName() {
        return name;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public Integer getCountryGroup() {
        return countryGroup;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setIsoCode(String isoCode) {
        this.isoCode = isoCode;
    }

    public void setCountryGroup(Integer countryGroup) {
        this.countryGroup = countryGroup;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }
}

package fr.uphf.site.mobility;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A country of the Erasmus+ programme and the group that sets its monthly allowance in an academic year. */
@Entity
@Table(name = "erasmus_country")
public class ErasmusCountry extends AuditedEntity {

    private String name;

    @Column(name = "iso_code")
    private String isoCode;

    @Column(name = "country_group")
    private int countryGroup;

    @Column(name = "academic_year")
    private String academicYear;

    public String getName() {
        return name;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public int getCountryGroup() {
        return countryGroup;
    }

    public String getAcademicYear() {
        return academicYear;
    }
}

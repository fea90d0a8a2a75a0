package fr.uphf.site.mobility;

import fr.uphf.site.content.Editable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A country of the Erasmus+ programme and the group that sets its monthly allowance. */
@Entity
@Table(name = "erasmus_country")
public class ErasmusCountry extends Editable {

    private String name;

    @Column(name = "iso_code")
    private String isoCode;

    @Column(name = "country_group")
    private int countryGroup;

    public String getName() {
        return name;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public int getCountryGroup() {
        return countryGroup;
    }
}

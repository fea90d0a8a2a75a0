package fr.uphf.site.eunice;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A university of the EUNICE alliance. */
@Entity
@Table(name = "eunice_partner")
public class EunicePartner extends AuditedEntity {

    private String name;

    private String city;

    private String country;

    @Column(name = "country_code")
    private String countryCode;

    @Column(name = "sort_order")
    private int sortOrder;

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

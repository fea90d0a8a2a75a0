package fr.uphf.site.eunice;

import java.math.BigDecimal;

import fr.uphf.site.maps.Latitude;
import fr.uphf.site.maps.Longitude;
import fr.uphf.site.shared.Decimal;
import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A university of the EUNICE alliance. */
@Entity
@Table(name = "eunice_partner")
public class EunicePartner extends OrderedEntity {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 120)
    private String city;

    @NotBlank
    @Size(max = 120)
    private String country;

    @NotBlank
    @Size(max = 2)
    @Column(name = "country_code")
    private String countryCode;

    /** Where it stands, in decimal degrees; blank until known, and then left off the map. */
    @Decimal
    @Latitude
    private BigDecimal latitude;

    @Decimal
    @Longitude
    private BigDecimal longitude;

    /** The id of the partner's row in the partners' table, which its point on the map links to. */
    public String anchor() {
        return "partner-" + getId();
    }

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

    public void setName(String name) {
        this.name = name;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }
}

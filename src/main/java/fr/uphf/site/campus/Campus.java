package fr.uphf.site.campus;

import java.math.BigDecimal;

import fr.uphf.site.maps.Latitude;
import fr.uphf.site.maps.Longitude;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Decimal;
import fr.uphf.site.shared.OrderedEntity;
import fr.uphf.site.shared.Slug;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One of the five campuses of the university. */
@Entity
@Table(name = "campus")
public class Campus extends OrderedEntity {

    @NotBlank
    @Size(max = 80)
    @Slug
    private String slug;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 120)
    private String city;

    @NotBlank
    @Size(max = 5000)
    private String summary;

    /** Where it stands, in decimal degrees; blank until known, and then left off the map. */
    @Decimal
    @Latitude
    private BigDecimal latitude;

    @Decimal
    @Longitude
    private BigDecimal longitude;

    /** The campus's own page. */
    public String url() {
        return Area.CAMPUS.url() + "/" + slug;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getSummary() {
        return summary;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public void setSummary(String summary) {
        this.summary = summary;
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

package fr.uphf.site.campus;

import fr.uphf.site.shared.Area;
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
}

package fr.uphf.site.admissions;

import fr.uphf.site.shared.OrderedEntity;
import fr.uphf.site.shared.SafeLink;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A platform through which candidates apply, and who must use it for which programmes. */
@Entity
@Table(name = "application_platform")
public class ApplicationPlatform extends OrderedEntity {

    @NotBlank
    @Size(max = 40)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 5000)
    private String audience;

    @NotBlank
    @Size(max = 5000)
    private String programmes;

    @SafeLink
    @Size(max = 300)
    private String url;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAudience() {
        return audience;
    }

    public String getProgrammes() {
        return programmes;
    }

    public String getUrl() {
        return url;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public void setProgrammes(String programmes) {
        this.programmes = programmes;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}

package fr.uphf.site.services;

import fr.uphf.site.campus.Campus;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An e-mail address or phone number of a service, shown in its area and in the site-wide directory. */
@Entity
@Table(name = "contact_point")
public class ContactPoint extends OrderedEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    private Area area;

    @NotBlank
    @Size(max = 200)
    private String service;

    @NotBlank
    @Size(max = 300)
    private String label;

    @Email(regexp = ".+@.+\\.[a-zA-Z]{2,}")
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campus_id")
    private Campus campus;

    public Area getArea() {
        return area;
    }

    public String getService() {
        return service;
    }

    public String getLabel() {
        return label;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public void setService(String service) {
        this.service = service;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Campus getCampus() {
        return campus;
    }

    public void setCampus(Campus campus) {
        this.campus = campus;
    }
}

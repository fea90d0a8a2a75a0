package fr.uphf.site.services;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An e-mail address or phone number of a service, shown in its area and in the site-wide directory. */
@Entity
@Table(name = "contact_point")
public class ContactPoint extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    private Area area;

    private String service;

    private String label;

    private String email;

    private String phone;

    @Column(name = "campus_id")
    private Long campusId;

    @Column(name = "sort_order")
    private int sortOrder;

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

    public Long getCampusId() {
        return campusId;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

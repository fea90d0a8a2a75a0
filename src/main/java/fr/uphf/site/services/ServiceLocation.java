package fr.uphf.site.services;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A place where a service receives students, on a campus, with its opening hours. */
@Entity
@Table(name = "service_location")
public class ServiceLocation extends AuditedEntity {

    private String name;

    private String service;

    @Column(name = "campus_id")
    private Long campusId;

    private String location;

    private String hours;

    @Column(name = "sort_order")
    private int sortOrder;

    public String getName() {
        return name;
    }

    public String getService() {
        return service;
    }

    public Long getCampusId() {
        return campusId;
    }

    public String getLocation() {
        return location;
    }

    public String getHours() {
        return hours;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

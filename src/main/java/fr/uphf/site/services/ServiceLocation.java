package fr.uphf.site.services;

import fr.uphf.site.campus.Campus;
import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A place where a service receives students, on a campus, with its opening hours. */
@Entity
@Table(name = "service_location")
public class ServiceLocation extends OrderedEntity {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String service;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campus_id", nullable = false)
    private Campus campus;

    @NotBlank
    @Size(max = 300)
    private String location;

    @NotBlank
    @Size(max = 300)
    private String hours;

    public String getName() {
        return name;
    }

    public String getService() {
        return service;
    }

    public String getLocation() {
        return location;
    }

    public String getHours() {
        return hours;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setService(String service) {
        this.service = service;
    }

    public Campus getCampus() {
        return campus;
    }

    public void setCampus(Campus campus) {
        this.campus = campus;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }
}

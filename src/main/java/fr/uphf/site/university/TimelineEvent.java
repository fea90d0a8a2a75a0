package fr.uphf.site.university;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A dated event of the university's history, possibly tied to a campus. */
@Entity
@Table(name = "timeline_event")
public class TimelineEvent extends AuditedEntity {

    private int year;

    private String body;

    @Column(name = "campus_id")
    private Long campusId;

    @Column(name = "sort_order")
    private int sortOrder;

    public int getYear() {
        return year;
    }

    public String getBody() {
        return body;
    }

    public Long getCampusId() {
        return campusId;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

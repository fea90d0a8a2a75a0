package fr.uphf.site.mobility;

import java.time.LocalDate;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A meeting of the commission that awards mobility grants. */
@Entity
@Table(name = "commission_date")
public class CommissionDate extends AuditedEntity {

    private String subject;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(name = "sort_order")
    private int sortOrder;

    public String getSubject() {
        return subject;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

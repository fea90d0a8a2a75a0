package fr.uphf.site.mobility;

import java.time.LocalDate;

import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting of the commission that awards mobility grants. */
@Entity
@Table(name = "commission_date")
public class CommissionDate extends OrderedEntity {

    @NotBlank
    @Size(max = 300)
    private String subject;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    public String getSubject() {
        return subject;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }
}

package fr.uphf.site.university;

import fr.uphf.site.campus.Campus;
import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A dated event of the university's history, possibly tied to a campus. */
@Entity
@Table(name = "timeline_event")
public class TimelineEvent extends OrderedEntity {

    @NotNull
    @Min(1000)
    @Max(2200)
    private Integer year;

    @NotBlank
    @Size(max = 5000)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campus_id")
    private Campus campus;

    public Integer getYear() {
        return year;
    }

    public String getBody() {
        return body;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Campus getCampus() {
        return campus;
    }

    public void setCampus(Campus campus) {
        this.campus = campus;
    }
}

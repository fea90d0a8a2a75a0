package fr.uphf.site.university;

import java.math.BigDecimal;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One result of the university in an international ranking, possibly for one sustainable development goal. */
@Entity
@Table(name = "ranking_result")
public class RankingResult extends AuditedEntity {

    private String ranking;

    private int year;

    @Column(name = "goal_number")
    private Integer goalNumber;

    @Column(name = "goal_label")
    private String goalLabel;

    private String band;

    private Integer participants;

    private BigDecimal score;

    @Column(name = "sort_order")
    private int sortOrder;

    public String getRanking() {
        return ranking;
    }

    public int getYear() {
        return year;
    }

    public Integer getGoalNumber() {
        return goalNumber;
    }

    public String getGoalLabel() {
        return goalLabel;
    }

    public String getBand() {
        return band;
    }

    public Integer getParticipants() {
        return participants;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

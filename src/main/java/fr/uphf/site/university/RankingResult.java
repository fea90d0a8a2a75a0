package fr.uphf.site.university;

import java.math.BigDecimal;

import fr.uphf.site.shared.Decimal;
import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One result of the university in an international ranking, possibly for one sustainable development goal. */
@Entity
@Table(name = "ranking_result")
public class RankingResult extends OrderedEntity {

    @NotBlank
    @Size(max = 200)
    private String ranking;

    @NotNull
    @Min(1900)
    @Max(2200)
    private Integer year;

    @Min(1)
    @Max(17)
    @Column(name = "goal_number")
    private Integer goalNumber;

    @Size(max = 200)
    @Column(name = "goal_label")
    private String goalLabel;

    @Size(max = 40)
    private String band;

    @Min(1)
    @Max(1_000_000)
    private Integer participants;

    @Decimal
    @PositiveOrZero
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 1)
    private BigDecimal score;

    public String getRanking() {
        return ranking;
    }

    public Integer getYear() {
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

    public void setRanking(String ranking) {
        this.ranking = ranking;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public void setGoalNumber(Integer goalNumber) {
        this.goalNumber = goalNumber;
    }

    public void setGoalLabel(String goalLabel) {
        this.goalLabel = goalLabel;
    }

    public void setBand(String band) {
        this.band = band;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }
}

package fr.uphf.site.mobility;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The durations, in days, that a grant accepts for a kind of stay and a level (null: all). A maximum per cycle of
 * studies counts earlier stays too.
 */
@Entity
@Table(name = "grant_duration")
public class GrantDuration extends AuditedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rule_id", nullable = false)
    private GrantConditions conditions;

    @Enumerated(EnumType.STRING)
    @Column(name = "stay_type")
    private StayType stayType;

    @Enumerated(EnumType.STRING)
    private StudyLevel level;

    @NotNull
    @Min(1)
    @Max(3650)
    @Column(name = "min_days", nullable = false)
    private Integer minDays;

    @NotNull
    @Min(1)
    @Max(3650)
    @Column(name = "max_days", nullable = false)
    private Integer maxDays;

    @Column(name = "per_cycle", nullable = false)
    private boolean perCycle;

    public StayType getStayType() {
        return stayType;
    }

    public StudyLevel getLevel() {
        return level;
    }

    public Integer getMinDays() {
        return minDays;
    }

    public Integer getMaxDays() {
        return maxDays;
    }

    public boolean isPerCycle() {
        return perCycle;
    }

    public GrantConditions getConditions() {
        return conditions;
    }

    public void setConditions(GrantConditions conditions) {
        this.conditions = conditions;
    }

    public void setStayType(StayType stayType) {
        this.stayType = stayType;
    }

    public void setLevel(StudyLevel level) {
        this.level = level;
    }

    public void setMinDays(Integer minDays) {
        this.minDays = minDays;
    }

    public void setMaxDays(Integer maxDays) {
        this.maxDays = maxDays;
    }

    public void setPerCycle(boolean perCycle) {
        this.perCycle = perCycle;
    }
}

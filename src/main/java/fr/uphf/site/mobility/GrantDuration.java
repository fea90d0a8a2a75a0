package fr.uphf.site.mobility;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * The durations, in days, that a grant accepts for a kind of stay and a level (null: all). A maximum per cycle of
 * studies counts earlier stays too.
 */
@Entity
@Table(name = "grant_duration")
public class GrantDuration extends AuditedEntity {

    @Column(name = "rule_id", nullable = false)
    private Long ruleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stay_type")
    private StayType stayType;

    @Enumerated(EnumType.STRING)
    private StudyLevel level;

    @Column(name = "min_days", nullable = false)
    private int minDays;

    @Column(name = "max_days", nullable = false)
    private int maxDays;

    @Column(name = "per_cycle", nullable = false)
    private boolean perCycle;

    public Long getRuleId() {
        return ruleId;
    }

    public StayType getStayType() {
        return stayType;
    }

    public StudyLevel getLevel() {
        return level;
    }

    public int getMinDays() {
        return minDays;
    }

    public int getMaxDays() {
        return maxDays;
    }

    public boolean isPerCycle() {
        return perCycle;
    }
}

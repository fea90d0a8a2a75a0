package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The conditions of a grant for an academic year; its accepted durations are {@link GrantDuration} rows and its
 * amounts {@link GrantAmount} rows of the same year.
 */
@Entity
@Table(name = "grant_rule")
public class GrantConditions extends AuditedEntity {

    @Column(name = "grant_id", nullable = false)
    private Long grantId;

    @Column(name = "academic_year", nullable = false)
    private String academicYear;

    @Column(nullable = false)
    private String[] levels;

    @Column(name = "boursier_required", nullable = false)
    private boolean boursierRequired;

    @Column(name = "quotient_ceiling")
    private BigDecimal quotientCeiling;

    @Column(name = "erasmus_countries_only", nullable = false)
    private boolean erasmusCountriesOnly;

    @Column(name = "amount_is_ceiling", nullable = false)
    private boolean amountIsCeiling;

    @Column(name = "tax_notice_required", nullable = false)
    private boolean taxNoticeRequired;

    @Column(name = "travel_only_if_housed", nullable = false)
    private boolean travelOnlyIfHoused;

    @Column(name = "travel_only_above_weekly_allowance")
    private BigDecimal travelOnlyAboveWeeklyAllowance;

    public Long getGrantId() {
        return grantId;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public Set<StudyLevel> levels() {
        return Arrays.stream(levels).map(StudyLevel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StudyLevel.class)));
    }

    public boolean isBoursierRequired() {
        return boursierRequired;
    }

    public BigDecimal getQuotientCeiling() {
        return quotientCeiling;
    }

    public boolean isErasmusCountriesOnly() {
        return erasmusCountriesOnly;
    }

    public boolean isAmountIsCeiling() {
        return amountIsCeiling;
    }

    public boolean isTaxNoticeRequired() {
        return taxNoticeRequired;
    }

    public boolean isTravelOnlyIfHoused() {
        return travelOnlyIfHoused;
    }

    public BigDecimal getTravelOnlyAboveWeeklyAllowance() {
        return travelOnlyAboveWeeklyAllowance;
    }
}

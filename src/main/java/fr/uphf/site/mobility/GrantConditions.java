package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.Euros;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The conditions of a grant for an academic year; its accepted durations are {@link GrantDuration} rows and its
 * amounts {@link GrantAmount} rows of the same year.
 */
@Entity
@Table(name = "grant_rule")
public class GrantConditions extends AuditedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_id", nullable = false)
    private MobilityGrant grant;

    @NotBlank
    @Column(name = "academic_year", nullable = false)
    private String academicYear;

    @NotEmpty
    @Column(nullable = false)
    private String[] levels;

    @Column(name = "boursier_required", nullable = false)
    private boolean boursierRequired;

    @Euros
    @PositiveOrZero
    @Digits(integer = 6, fraction = 2)
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

    @Euros
    @PositiveOrZero
    @Digits(integer = 6, fraction = 2)
    @Column(name = "travel_only_above_weekly_allowance")
    private BigDecimal travelOnlyAboveWeeklyAllowance;

    public String getAcademicYear() {
        return academicYear;
    }

    /** The levels the grant admits; stored as their codes, so that a code is never one the site does not know. */
    public Set<StudyLevel> getLevels() {
        return levels == null ? EnumSet.noneOf(StudyLevel.class) : Arrays.stream(levels).map(StudyLevel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StudyLevel.class)));
    }

    public void setLevels(Set<StudyLevel> levels) {
        this.levels = levels.stream().sorted().map(StudyLevel::name).toArray(String[]::new);
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

    public MobilityGrant getGrant() {
        return grant;
    }

    public void setGrant(MobilityGrant grant) {
        this.grant = grant;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }

    public void setBoursierRequired(boolean boursierRequired) {
        this.boursierRequired = boursierRequired;
    }

    public void setQuotientCeiling(BigDecimal quotientCeiling) {
        this.quotientCeiling = quotientCeiling;
    }

    public void setErasmusCountriesOnly(boolean erasmusCountriesOnly) {
        this.erasmusCountriesOnly = erasmusCountriesOnly;
    }

    public void setAmountIsCeiling(boolean amountIsCeiling) {
        this.amountIsCeiling = amountIsCeiling;
    }

    public void setTaxNoticeRequired(boolean taxNoticeRequired) {
        this.taxNoticeRequired = taxNoticeRequired;
    }

    public void setTravelOnlyIfHoused(boolean travelOnlyIfHoused) {
        this.travelOnlyIfHoused = travelOnlyIfHoused;
    }

    public void setTravelOnlyAboveWeeklyAllowance(BigDecimal travelOnlyAboveWeeklyAllowance) {
        this.travelOnlyAboveWeeklyAllowance = travelOnlyAboveWeeklyAllowance;
    }
}

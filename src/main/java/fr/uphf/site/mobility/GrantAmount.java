package fr.uphf.site.mobility;

import java.math.BigDecimal;

import fr.uphf.site.shared.Euros;
import fr.uphf.site.shared.Money;
import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An amount of a grant for an academic year: per month, per week or a flat sum, possibly for one Erasmus country
 * group. Its purpose says how the estimator uses it.
 */
@Entity
@Table(name = "grant_amount")
public class GrantAmount extends OrderedEntity {

    public enum Unit { MOIS, SEMAINE, FORFAIT }

    /**
     * BASE: the amount itself (for its country group, if any); SUPPLEMENT_STAGE: added for an internship;
     * SUPPLEMENT_BOURSIER: added for a holder of a needs-based grant; INDICATIF: shown, never added.
     */
    public enum Purpose { BASE, SUPPLEMENT_STAGE, SUPPLEMENT_BOURSIER, INDICATIF }

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_id", nullable = false)
    private MobilityGrant grant;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String label;

    @NotNull
    @Euros
    @PositiveOrZero
    @Digits(integer = 6, fraction = 2)
    @Column(nullable = false)
    private BigDecimal amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Unit unit;

    @Min(1)
    @Max(3)
    @Column(name = "country_group")
    private Integer countryGroup;

    @NotBlank
    @Column(name = "academic_year", nullable = false)
    private String academicYear;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    /** The amount in euros as a French reader writes it: « 312 € », « 92,40 € ». */
    public String euros() {
        return Money.euros(amount);
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Unit getUnit() {
        return unit;
    }

    public Integer getCountryGroup() {
        return countryGroup;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public MobilityGrant getGrant() {
        return grant;
    }

    public void setGrant(MobilityGrant grant) {
        this.grant = grant;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    public void setCountryGroup(Integer countryGroup) {
        this.countryGroup = countryGroup;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }
}

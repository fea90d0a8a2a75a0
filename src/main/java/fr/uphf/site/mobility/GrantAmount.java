package fr.uphf.site.mobility;

import java.math.BigDecimal;

import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An amount of a grant for an academic year: per month, per week or a flat sum, possibly for one Erasmus country
 * group. Its purpose says how the estimator uses it.
 */
@Entity
@Table(name = "grant_amount")
public class GrantAmount extends AuditedEntity {

    public enum Unit { MOIS, SEMAINE, FORFAIT }

    /**
     * BASE: the amount itself (for its country group, if any); SUPPLEMENT_STAGE: added for an internship;
     * SUPPLEMENT_BOURSIER: added for a holder of a needs-based grant; INDICATIF: shown, never added.
     */
    public enum Purpose { BASE, SUPPLEMENT_STAGE, SUPPLEMENT_BOURSIER, INDICATIF }

    @Column(name = "grant_id", nullable = false)
    private Long grantId;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Unit unit;

    @Column(name = "country_group")
    private Integer countryGroup;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "academic_year", nullable = false)
    private String academicYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    /** The amount in euros as a French reader writes it: « 312 € », « 92,40 € ». */
    public String euros() {
        return Money.euros(amount);
    }

    public Long getGrantId() {
        return grantId;
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

    public int getSortOrder() {
        return sortOrder;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public Purpose getPurpose() {
        return purpose;
    }
}

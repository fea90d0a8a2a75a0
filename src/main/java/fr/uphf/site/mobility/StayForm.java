package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import fr.uphf.site.shared.Euros;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The questions of « Quelles aides pour ma mobilité ? », named as the query parameters of the page and of its JSON
 * twin. The duration is given in days, or by the first and last days of the stay. A JavaBean rather than a record:
 * a parameter that cannot be converted must not lose the others, which are still validated.
 */
public class StayForm {

    public static final String NAME = "stayForm";

    static final int MAX_DAYS = 3650;

    @NotNull
    private StayType type;

    @NotBlank
    private String pays;

    @Min(1)
    @Max(MAX_DAYS)
    private Integer jours;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateDebut;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateFin;

    @NotNull
    private StudyLevel niveau;

    @NotNull
    private Boolean boursier;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 8, fraction = 2)
    @Euros
    private BigDecimal quotient;

    private Boolean logeNourri;

    @DecimalMin("0")
    @Digits(integer = 6, fraction = 2)
    @Euros
    private BigDecimal gratificationHebdo;

    /**
     * The duration in days: jours if given, otherwise from dateDebut to dateFin, both included; null if unknown. Dates
     * further apart than an int can count (years ±999 999 999 are valid ISO dates) give {@code Integer.MAX_VALUE} or
     * {@code MIN_VALUE}, which the checks refuse like any duration over {@link #MAX_DAYS}.
     */
    Integer days() {
        if (jours != null) {
            return jours;
        }
        if (dateDebut == null || dateFin == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(dateDebut, dateFin) + 1;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, days));
    }

    /** The stay as the estimator reads it; only for a form without errors. */
    Stay toStay(Countries.Country destination) {
        boolean internship = type == StayType.STAGE;
        return new Stay(type, destination.code(), destination.name(), days(), niveau, boursier, quotient,
                internship && logeNourri, internship ? gratificationHebdo : BigDecimal.ZERO);
    }

    public StayType getType() {
        return type;
    }

    public void setType(StayType type) {
        this.type = type;
    }

    public String getPays() {
        return pays;
    }

    public void setPays(String pays) {
        this.pays = pays;
    }

    public Integer getJours() {
        return jours;
    }

    public void setJours(Integer jours) {
        this.jours = jours;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public void setDateDebut(LocalDate dateDebut) {
        this.dateDebut = dateDebut;
    }

    public LocalDate getDateFin() {
        return dateFin;
    }

    public void setDateFin(LocalDate dateFin) {
        this.dateFin = dateFin;
    }

    public StudyLevel getNiveau() {
        return niveau;
    }

    public void setNiveau(StudyLevel niveau) {
        this.niveau = niveau;
    }

    public Boolean getBoursier() {
        return boursier;
    }

    public void setBoursier(Boolean boursier) {
        this.boursier = boursier;
    }

    public BigDecimal getQuotient() {
        return quotient;
    }

    public void setQuotient(BigDecimal quotient) {
        this.quotient = quotient;
    }

    public Boolean getLogeNourri() {
        return logeNourri;
    }

    public void setLogeNourri(Boolean logeNourri) {
        this.logeNourri = logeNourri;
    }

    public BigDecimal getGratificationHebdo() {
        return gratificationHebdo;
    }

    public void setGratificationHebdo(BigDecimal gratificationHebdo) {
        this.gratificationHebdo = gratificationHebdo;
    }
}

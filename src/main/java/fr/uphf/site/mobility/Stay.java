package fr.uphf.site.mobility;

import java.math.BigDecimal;

/**
 * A student's planned stay abroad, as the estimator reads it.
 *
 * @param countryCode ISO 3166-1 alpha-2 code of the destination
 * @param countryName its French name
 * @param quotient the household's family quotient, in euros
 * @param housedAndFed for an internship: housed and fed by the host
 * @param weeklyAllowance for an internship: the allowance paid per week, in euros (zero for a study stay)
 */
public record Stay(StayType type, String countryCode, String countryName, int days, StudyLevel level,
        boolean boursier, BigDecimal quotient, boolean housedAndFed, BigDecimal weeklyAllowance) {
}

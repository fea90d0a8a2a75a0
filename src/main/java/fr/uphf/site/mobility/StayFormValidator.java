package fr.uphf.site.mobility;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks the answers of « Quelles aides pour ma mobilité ? »: a foreign destination, a duration (days or dates),
 * and for an internship the housing and the weekly allowance.
 */
@Component
class StayFormValidator {

    private final SmartValidator beanValidation;
    private final Countries countries;

    StayFormValidator(jakarta.validation.Validator beanValidation, Countries countries) {
        this.beanValidation = new SpringValidatorAdapter(beanValidation);
        this.countries = countries;
    }

    /** Adds to the binding errors (parameters that could not be converted) those of the values themselves. */
    void validate(StayForm form, Errors errors) {
        beanValidation.validate(form, errors);
        if (!errors.hasFieldErrors("pays")) {
            if (Countries.isFrance(form.getPays())) {
                errors.rejectValue("pays", "estimator.pays.france");
            } else if (countries.destination(form.getPays()).isEmpty()) {
                errors.rejectValue("pays", "estimator.pays.unknown");
            }
        }
        if (form.getJours() == null && !errors.hasFieldErrors("jours")) {
            checkDates(form, errors);
        }
        if (form.getType() == StayType.STAGE) {
            if (form.getLogeNourri() == null && !errors.hasFieldErrors("logeNourri")) {
                errors.rejectValue("logeNourri", "estimator.logeNourri.required");
            }
            if (form.getGratificationHebdo() == null && !errors.hasFieldErrors("gratificationHebdo")) {
                errors.rejectValue("gratificationHebdo", "estimator.gratificationHebdo.required");
            }
        }
    }

    private static void checkDates(StayForm form, Errors errors) {
        if (form.getDateDebut() == null || form.getDateFin() == null) {
            if (!errors.hasFieldErrors("dateDebut") && !errors.hasFieldErrors("dateFin")) {
                errors.rejectValue("jours", "estimator.jours.required");
            }
        } else if (form.getDateFin().isBefore(form.getDateDebut())) {
            errors.rejectValue("dateFin", "estimator.dateFin.beforeStart");
        } else if (form.days() > StayForm.MAX_DAYS) {
            errors.rejectValue("dateFin", "estimator.dates.tooLong", new Object[] {StayForm.MAX_DAYS}, null);
        }
    }
}

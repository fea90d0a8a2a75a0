package fr.uphf.site.admissions;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** Checks the answers of « Où candidater ? »: each one given and valid, and a year that the programme has. */
@Component
class OrientationFormValidator {

    private final SmartValidator beanValidation;

    OrientationFormValidator(jakarta.validation.Validator beanValidation) {
        this.beanValidation = new SpringValidatorAdapter(beanValidation);
    }

    /** Adds to the binding errors (parameters that could not be converted) those of the values themselves. */
    void validate(OrientationForm form, Errors errors) {
        beanValidation.validate(form, errors);
        if (form.getDiplome() != null && form.getAnnee() != null && !errors.hasFieldErrors("annee")
                && form.getAnnee() > form.getDiplome().years()) {
            errors.rejectValue("annee", "orientation.annee.tooHigh", new Object[] {form.getDiplome().years()}, null);
        }
    }
}

package fr.uphf.site.mobility;

import fr.uphf.site.cache.NotCached;
import fr.uphf.site.shared.JsonApi;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of « Quelles aides pour ma mobilité ? »: GET /api/mobilite/aides with the page's parameters. */
@RestController
@NotCached
@JsonApi
class EstimatorApiController {

    private final EstimatorService estimator;
    private final StayFormValidator validator;
    private final Countries countries;

    EstimatorApiController(EstimatorService estimator, StayFormValidator validator, Countries countries) {
        this.estimator = estimator;
        this.validator = validator;
        this.countries = countries;
    }

    @GetMapping("/api/mobilite/aides")
    EstimateView estimate(@ModelAttribute(StayForm.NAME) StayForm form, BindingResult errors) throws BindException {
        validator.validate(form, errors);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        return estimator.estimate(form.toStay(countries.destination(form.getPays()).orElseThrow()));
    }
}

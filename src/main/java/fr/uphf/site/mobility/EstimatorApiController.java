package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.util.List;

import fr.uphf.site.cache.NotCached;
import fr.uphf.site.shared.JsonApi;
import fr.uphf.site.shared.Money;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of « Quelles aides pour ma mobilité ? »: GET /api/mobilite/aides with the page's parameters. */
@RestController
@NotCached
@JsonApi
class EstimatorApiController {

    /** One grant; the amounts are in euros, null when the grant is not open or its amount is not published. */
    record Aide(String code, boolean eligible, List<String> raisons, BigDecimal montantMensuel,
            BigDecimal montantTotal) {
    }

    /** The estimate: cumulsAConfirmer lists the eligible pairs whose combination the university has not stated. */
    record Aides(List<Aide> aides, List<List<String>> cumulsPossibles, List<List<String>> cumulsAConfirmer,
            String anneeUniversitaire, String avertissement) {
    }

    private final EstimatorService estimator;
    private final StayFormValidator validator;
    private final Countries countries;

    EstimatorApiController(EstimatorService estimator, StayFormValidator validator, Countries countries) {
        this.estimator = estimator;
        this.validator = validator;
        this.countries = countries;
    }

    @InitBinder(StayForm.NAME)
    void readAmountsAsTyped(WebDataBinder binder) {
        binder.addCustomFormatter(new Money());
    }

    @GetMapping("/api/mobilite/aides")
    Aides estimate(@ModelAttribute(StayForm.NAME) StayForm form, BindingResult errors) throws BindException {
        validator.validate(form, errors);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        EstimateView estimate = estimator.estimate(form.toStay(countries.destination(form.getPays()).orElseThrow()));
        return new Aides(
                estimate.grants().stream()
                        .map(grant -> new Aide(grant.code(), grant.eligible(), grant.reasons(), grant.monthly(),
                                grant.total()))
                        .toList(),
                estimate.combinable().stream().map(EstimateView.GrantPair::codes).toList(),
                estimate.toConfirm().stream().map(EstimateView.GrantPair::codes).toList(),
                estimate.academicYear(), estimate.warning());
    }
}

package fr.uphf.site.mobility;

import fr.uphf.site.cache.NotCached;
import fr.uphf.site.content.GuidePages;
import fr.uphf.site.shared.GetForms;
import fr.uphf.site.shared.Guide;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** « Quelles aides pour ma mobilité ? »: a GET form whose estimate is shown with it, at an address one can share. */
@Controller
@NotCached
class EstimatorController {

    static final String PATH = "/mobilite/estimer-mes-aides";
    static final String ENGLISH_PATH = "/en/international/estimate-my-grants";

    private final EstimatorService estimator;
    private final StayFormValidator validator;
    private final Countries countries;
    private final GuidePages guidePages;
    private final Guide guide;

    EstimatorController(EstimatorService estimator, StayFormValidator validator, Countries countries,
            GuidePages guidePages, Guide estimatorGuide) {
        this.estimator = estimator;
        this.validator = validator;
        this.countries = countries;
        this.guidePages = guidePages;
        this.guide = estimatorGuide;
    }

    @GetMapping({PATH, ENGLISH_PATH})
    String guide(@ModelAttribute(StayForm.NAME) StayForm form, BindingResult errors, HttpServletRequest request,
            Model model) {
        guidePages.describe(guide, model);
        model.addAttribute("levels", StudyLevel.values());
        model.addAttribute("stayTypes", StayType.values());
        model.addAttribute("countryOptions",
                countries.options(countries.destination(form.getPays()).map(Countries.Country::code).orElse(null)));
        GetForms.answer(request, errors, model, found -> validator.validate(form, found), "estimate",
                () -> estimator.estimate(form.toStay(countries.destination(form.getPays()).orElseThrow())));
        return "mobility/estimator";
    }
}

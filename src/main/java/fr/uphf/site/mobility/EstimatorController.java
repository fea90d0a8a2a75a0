package fr.uphf.site.mobility;

import java.util.List;
import java.util.Locale;

import fr.uphf.site.cache.NotCached;
import fr.uphf.site.content.PageService;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.ComputedPage;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.GetForms;
import fr.uphf.site.shared.Money;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** « Quelles aides pour ma mobilité ? »: a GET form whose estimate is shown with it, at an address one can share. */
@Controller
@NotCached
class EstimatorController {

    private final EstimatorService estimator;
    private final StayFormValidator validator;
    private final Countries countries;
    private final PageService pages;
    private final MessageSource messages;
    private final ComputedPage page;

    EstimatorController(EstimatorService estimator, StayFormValidator validator, Countries countries,
            PageService pages, MessageSource messages, ComputedPage estimatorGuide) {
        this.estimator = estimator;
        this.validator = validator;
        this.countries = countries;
        this.pages = pages;
        this.messages = messages;
        this.page = estimatorGuide;
    }

    @InitBinder(StayForm.NAME)
    void readAmountsAsTyped(WebDataBinder binder) {
        binder.addCustomFormatter(new Money());
    }

    @GetMapping("/mobilite/estimer-mes-aides")
    String guide(@ModelAttribute(StayForm.NAME) StayForm form, BindingResult errors, HttpServletRequest request,
            Model model) {
        model.addAttribute("currentArea", Area.MOBILITE);
        model.addAttribute("updatedOn", page.lastModified());
        model.addAttribute("breadcrumbs", List.of(
                new Crumb(pages.published(Area.MOBILITE, "").getTitle(), Area.MOBILITE.url()),
                new Crumb(messages.getMessage("estimator.title", null, Locale.FRENCH), null)));
        model.addAttribute("levels", StudyLevel.values());
        model.addAttribute("stayTypes", StayType.values());
        model.addAttribute("values", GetForms.typedValues(request));
        model.addAttribute("countryOptions",
                countries.options(countries.destination(form.getPays()).map(Countries.Country::code).orElse(null)));
        if (GetForms.submitted(request)) {
            validator.validate(form, errors);
            model.addAttribute("errorCount", GetForms.fieldsInError(errors));
            if (!errors.hasErrors()) {
                model.addAttribute("estimate",
                        estimator.estimate(form.toStay(countries.destination(form.getPays()).orElseThrow())));
            }
        }
        return "mobility/estimator";
    }
}

package fr.uphf.site.admissions;

import java.util.List;
import java.util.Locale;

import fr.uphf.site.cache.NotCached;
import fr.uphf.site.content.PageService;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.ComputedPage;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.GetForms;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** « Où candidater ? »: a GET form whose answer is shown under it, so that every answer has its own address. */
@Controller
@NotCached
class OrientationController {

    private final OrientationService orientation;
    private final OrientationFormValidator validator;
    private final PageService pages;
    private final MessageSource messages;
    private final ComputedPage page;

    OrientationController(OrientationService orientation, OrientationFormValidator validator, PageService pages,
            MessageSource messages, ComputedPage orientationGuide) {
        this.orientation = orientation;
        this.validator = validator;
        this.pages = pages;
        this.messages = messages;
        this.page = orientationGuide;
    }

    @GetMapping("/admission/ou-candidater")
    String guide(@ModelAttribute(OrientationForm.NAME) OrientationForm form, BindingResult errors,
            HttpServletRequest request, Model model) {
        model.addAttribute("currentArea", Area.ADMISSION);
        model.addAttribute("updatedOn", page.lastModified());
        model.addAttribute("breadcrumbs", List.of(
                new Crumb(pages.published(Area.ADMISSION, "").getTitle(), Area.ADMISSION.url()),
                new Crumb(messages.getMessage("orientation.title", null, Locale.FRENCH), null)));
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("profiles", ApplicantProfile.values());
        model.addAttribute("values", GetForms.typedValues(request));
        if (GetForms.submitted(request)) {
            validator.validate(form, errors);
            model.addAttribute("errorCount", GetForms.fieldsInError(errors));
            if (!errors.hasErrors()) {
                model.addAttribute("answer", orientation.orient(form.toQuestion()));
            }
        }
        return "admissions/orientation";
    }
}

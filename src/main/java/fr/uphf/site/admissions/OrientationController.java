package fr.uphf.site.admissions;

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

/** « Où candidater ? »: a GET form whose answer is shown under it, so that every answer has its own address. */
@Controller
@NotCached
class OrientationController {

    static final String PATH = "/admission/ou-candidater";
    static final String ENGLISH_PATH = "/en/admissions/where-to-apply";

    private final OrientationService orientation;
    private final OrientationFormValidator validator;
    private final GuidePages guidePages;
    private final Guide guide;

    OrientationController(OrientationService orientation, OrientationFormValidator validator, GuidePages guidePages,
            Guide orientationGuide) {
        this.orientation = orientation;
        this.validator = validator;
        this.guidePages = guidePages;
        this.guide = orientationGuide;
    }

    @GetMapping({PATH, ENGLISH_PATH})
    String guide(@ModelAttribute(OrientationForm.NAME) OrientationForm form, BindingResult errors,
            HttpServletRequest request, Model model) {
        guidePages.describe(guide, model);
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("profiles", ApplicantProfile.values());
        GetForms.answer(request, errors, model, found -> validator.validate(form, found), "answer",
                () -> orientation.orient(form.toQuestion()));
        return "admissions/orientation";
    }
}

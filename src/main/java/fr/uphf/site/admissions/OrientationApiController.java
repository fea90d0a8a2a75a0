package fr.uphf.site.admissions;

import java.util.List;

import fr.uphf.site.cache.NotCached;
import fr.uphf.site.shared.JsonApi;
import fr.uphf.site.shared.Language;
import fr.uphf.site.translation.Localized;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of « Où candidater ? »: GET /api/admission/orientation with the same parameters as the page. */
@RestController
@NotCached
@JsonApi
class OrientationApiController {

    /** The answer; plateforme is null when no platform applies and the explanation says whom to ask. */
    record Orientation(ApplicationRoute plateforme, String explication, List<String> etapes, String contact) {
    }

    private final OrientationService orientation;
    private final OrientationFormValidator validator;
    private final MessageSource messages;

    OrientationApiController(OrientationService orientation, OrientationFormValidator validator,
            MessageSource messages) {
        this.orientation = orientation;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/api/admission/orientation")
    Orientation orient(@ModelAttribute(OrientationForm.NAME) OrientationForm form, BindingResult errors)
            throws BindException {
        validator.validate(form, errors);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        OrientationAnswer answer = orientation.orient(form.toQuestion());
        return new Orientation(answer.route(), answer.explanation().text(),
                answer.steps().stream().map(Localized::text).toList(),
                answer.contactLine(messages.getMessage("punctuation.colon", null, Language.current().locale())));
    }
}

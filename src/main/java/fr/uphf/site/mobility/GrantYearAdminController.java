package fr.uphf.site.mobility;

import fr.uphf.site.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff prepare the grant rules of a new academic year (a draft copy of the published one) and publish it, after a
 * confirmation, at /admin/donnees/annees-aides.
 */
@Controller
@RequestMapping("/admin/donnees/" + GrantYears.TYPE)
class GrantYearAdminController {

    private final GrantYears years;

    GrantYearAdminController(GrantYears years) {
        this.years = years;
    }

    @GetMapping
    String list(Model model) {
        return list(model, years.next(), null);
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        String refusal = years.refusal(code);
        if (refusal != null) {
            return list(model, code, refusal);
        }
        years.createDraft(code);
        redirect.addFlashAttribute("message", "admin.grantYear.created");
        return "redirect:/admin/donnees/" + GrantYears.TYPE;
    }

    /** The confirmation asked before publishing: it says what changes for visitors. */
    @GetMapping("/{code}/publier")
    String confirmPublication(@PathVariable String code, Model model) {
        GrantYear year = year(code);
        model.addAttribute("year", year);
        model.addAttribute("withdrawn", years.all().stream().filter(GrantYear::isPublished).filter(other -> other != year)
                .findFirst().orElse(null));
        return "admin/mobility/publish-year";
    }

    @PostMapping("/{code}/publier")
    String publish(@PathVariable String code, RedirectAttributes redirect) {
        years.publish(year(code));
        redirect.addFlashAttribute("message", "admin.grantYear.published");
        return "redirect:/admin/donnees/" + GrantYears.TYPE;
    }

    private String list(Model model, String code, String error) {
        model.addAttribute("years", years.all());
        model.addAttribute("code", code);
        model.addAttribute("codeError", error);
        return "admin/mobility/years";
    }

    private GrantYear year(String code) {
        return years.find(code).orElseThrow(() -> new NotFoundException("/admin/donnees/" + GrantYears.TYPE + "/" + code));
    }
}

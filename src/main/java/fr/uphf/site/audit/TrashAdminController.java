package fr.uphf.site.audit;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trash, for administrators (see SecurityConfiguration): restore a deleted page or row, or empty it. */
@Controller
@RequestMapping("/admin/corbeille")
class TrashAdminController {

    private final Trash trash;

    TrashAdminController(Trash trash) {
        this.trash = trash;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("items", trash.items());
        return "admin/trash";
    }

    @PostMapping("/{id}/restaurer")
    String restore(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Trash.Item item = trash.restore(id);
            redirect.addFlashAttribute("message", "admin.trash.restored");
            return "redirect:" + item.adminPath();
        } catch (DataIntegrityViolationException taken) {
            redirect.addFlashAttribute("error", "admin.trash.conflict");
            return "redirect:/admin/corbeille";
        }
    }

    /** Emptying asks first, on a page of its own, so that it works without JavaScript. */
    @GetMapping("/vider")
    String confirmEmpty(Model model) {
        model.addAttribute("count", trash.items().size());
        return "admin/trash-empty";
    }

    @PostMapping("/vider")
    String empty(RedirectAttributes redirect) {
        trash.empty();
        redirect.addFlashAttribute("message", "admin.trash.emptied");
        return "redirect:/admin/corbeille";
    }
}

package fr.uphf.site.admin;

import fr.uphf.site.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff edit the structured tables (campuses, partners, grants, contacts…) at /admin/donnees: their lists, the history
 * of a row, deleting and reordering; {@link DataFormController} shows and saves the form of a row.
 */
@Controller
@RequestMapping("/admin/donnees")
class DataAdminController {

    private final DataTypes types;
    private final DataEditor editor;

    DataAdminController(DataTypes types, DataEditor editor) {
        this.types = types;
        this.editor = editor;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("types", types.all());
        return "admin/data/index";
    }

    @GetMapping("/{slug}")
    String list(@PathVariable String slug, Model model) {
        DataType<?> type = type(slug);
        model.addAttribute("type", type);
        model.addAttribute("rows", editor.list(type));
        return "admin/data/list";
    }

    /** The saved versions of a row, newest first, each field that changed from the one before marked. */
    @GetMapping("/{slug}/{id}/revisions")
    String history(@PathVariable String slug, @PathVariable long id, Model model) {
        DataType<?> type = type(slug);
        model.addAttribute("type", type);
        model.addAttribute("row", editor.get(type, id));
        model.addAttribute("versions", editor.history(type, id));
        return "admin/data/revisions";
    }

    /** Deleting asks first, on a page of its own, so that it works without JavaScript. */
    @GetMapping("/{slug}/{id}/supprimer")
    String confirmDelete(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("label", editor.get(type(slug), id).label());
        model.addAttribute("action", "/admin/donnees/" + slug + "/" + id + "/supprimer");
        model.addAttribute("cancel", "/admin/donnees/" + slug + "/" + id);
        return "admin/confirm-delete";
    }

    @PostMapping("/{slug}/{id}/supprimer")
    String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        try {
            editor.delete(type(slug), id);
            redirect.addFlashAttribute("message", "admin.data.deleted");
        } catch (DataIntegrityViolationException used) {
            redirect.addFlashAttribute("error", "admin.data.error.inUse");
        }
        return "redirect:/admin/donnees/" + slug;
    }

    /** Moves a row up or down; a table shown in a fixed order (no « Ordre d'affichage » column) has no such address. */
    @PostMapping("/{slug}/{id}/deplacer")
    String move(@PathVariable String slug, @PathVariable long id, @RequestParam int sens) {
        DataType<?> type = type(slug);
        if (!type.ordered()) {
            throw new NotFoundException("/admin/donnees/" + slug + "/" + id + "/deplacer");
        }
        editor.move(type, id, sens);
        return "redirect:/admin/donnees/" + slug + "#ligne-" + id;
    }

    private DataType<?> type(String slug) {
        return types.find(slug).orElseThrow(() -> new NotFoundException("/admin/donnees/" + slug));
    }
}

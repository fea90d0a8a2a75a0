package fr.uphf.site.admin;

import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form of a row of a structured table: the row is bound by Spring MVC's binder (only the table's fields, see
 * {@link DataBinding}) and checked by its constraints; errors are shown next to each field, and a valid row is saved
 * by {@link DataEditor}, which refuses a save started from an older version. The table's part of the address is named
 * {@code table}, a name no row has as a field: Spring MVC binds the address's variables onto the row too, and a
 * variable named {@code slug} renamed every campus edited here to « campus ».
 */
@Controller
@RequestMapping("/admin/donnees/{table}")
class DataFormController {

    private final DataTypes types;
    private final DataEditor editor;
    private final DataBinding binding;

    DataFormController(DataTypes types, DataEditor editor, DataBinding binding) {
        this.types = types;
        this.editor = editor;
        this.binding = binding;
    }

    @InitBinder(DataBinding.ROW)
    void initBinder(WebDataBinder binder, @PathVariable("table") String slug) {
        binding.configure(binder, type(slug));
    }

    /** The row of the form: a new one as its constructor starts it, or the stored one. */
    @ModelAttribute(DataBinding.ROW)
    AuditedEntity row(@PathVariable("table") String slug, @PathVariable(required = false) Long id) {
        DataType<?> type = type(slug);
        return id == null ? type.create() : editor.find(type, id);
    }

    @GetMapping("/nouveau")
    String newRow(@PathVariable("table") String slug, Model model) {
        return form(model, type(slug), null, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable("table") String slug, @PathVariable long id, @ModelAttribute(DataBinding.ROW) AuditedEntity row,
            Model model) {
        return form(model, type(slug), id, row.getVersion());
    }

    /** The form filled with an older version, bound onto the row: saving it restores that version. */
    @GetMapping("/{id}/revisions/{revisionId}")
    String restore(@PathVariable("table") String slug, @PathVariable long id, @PathVariable long revisionId,
            @ModelAttribute(DataBinding.ROW) AuditedEntity row, Model model) {
        DataType<?> type = type(slug);
        BindingResult restored = binding.bind(type, row, editor.version(type, id, revisionId));
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + DataBinding.ROW, restored);
        model.addAttribute("restoring", true);
        return form(model, type, id, row.getVersion());
    }

    @PostMapping({"/nouveau", "/{id}"})
    String save(@PathVariable("table") String slug, @PathVariable(required = false) Long id,
            @RequestParam(required = false) Long version, @Valid @ModelAttribute(DataBinding.ROW) AuditedEntity row,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DataType<?> type = type(slug);
        if (errors.hasErrors()) {
            return form(model, type, id, version);
        }
        try {
            editor.save(type, id, version, row);
            redirect.addFlashAttribute("message", "admin.data.saved");
            return "redirect:/admin/donnees/" + slug;
        } catch (DataEditor.StaleRowException stale) {
            model.addAttribute("conflict", stale.current());
            return form(model, type, id, stale.current().version());
        } catch (DataIntegrityViolationException refused) {
            model.addAttribute("error", "admin.data.error.integrity");
            return form(model, type, id, version);
        }
    }

    private String form(Model model, DataType<?> type, Long id, Long version) {
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("label", id == null ? null : editor.get(type, id).label());
        model.addAttribute("version", version);
        return "admin/data/form";
    }

    private DataType<?> type(String slug) {
        return types.find(slug).orElseThrow(() -> new NotFoundException("/admin/donnees/" + slug));
    }
}

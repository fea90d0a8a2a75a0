package fr.uphf.site.admin;

import fr.uphf.site.content.MarkdownRenderer;
import fr.uphf.site.content.Page;
import fr.uphf.site.content.PageEditor;
import fr.uphf.site.translation.Addresses;
import fr.uphf.site.translation.TranslationEditor;
import fr.uphf.site.translation.TranslationEditor.Status;
import fr.uphf.site.translation.TranslationEditor.StaleTranslationException;
import fr.uphf.site.translation.TranslationEditor.TranslatedObject;
import fr.uphf.site.translation.TranslationForm;
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
 * The English texts at /admin/traductions: the objects whose translation is missing or outdated, and for each one
 * its French beside its English, what changed in the French since, saving the English or marking it up to date
 * ({@link TranslationEditor}, which refuses a save over a colleague's newer translation).
 */
@Controller
@RequestMapping("/admin/traductions")
class TranslationAdminController {

    private final TranslationEditor editor;
    private final MarkdownRenderer markdown;
    private final PageEditor pages;
    private final Addresses addresses;

    TranslationAdminController(TranslationEditor editor, MarkdownRenderer markdown, PageEditor pages,
            Addresses addresses) {
        this.editor = editor;
        this.markdown = markdown;
        this.pages = pages;
        this.addresses = addresses;
    }

    /** The form is bound through its constructor alone, which reads the line endings as the form keeps them. */
    @InitBinder("translationForm")
    void initBinder(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping
    String list(@RequestParam(name = "statut", required = false) Status status, Model model) {
        TranslationEditor.Overview overview = editor.overview();
        model.addAttribute("overview", overview);
        model.addAttribute("objects", overview.having(status));
        model.addAttribute("status", status);
        return "admin/translations/list";
    }

    @GetMapping("/{type}/{id}")
    String edit(@PathVariable String type, @PathVariable long id, Model model) {
        TranslatedObject object = editor.object(type, id);
        model.addAttribute("translationForm", TranslationForm.of(object));
        return form(model, object);
    }

    @PostMapping("/{type}/{id}")
    String save(@PathVariable String type, @PathVariable long id, @ModelAttribute TranslationForm translationForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        TranslatedObject object = editor.object(type, id);
        editor.check(object, translationForm, errors);
        if (errors.hasErrors()) {
            return form(model, object);
        }
        try {
            int saved = editor.save(type, id, translationForm, markdown::render);
            redirect.addFlashAttribute("message", saved > 0 ? "admin.translations.saved" : "admin.translations.unchanged");
            return "redirect:/admin/traductions/" + type + "/" + id;
        } catch (StaleTranslationException stale) {
            return conflict(model, stale, translationForm);
        }
    }

    /** Posted by its own button of the form: refused while the form holds English not saved, which it would lose. */
    @PostMapping("/{type}/{id}/a-jour")
    String markCurrent(@PathVariable String type, @PathVariable long id,
            @ModelAttribute TranslationForm translationForm, Model model, RedirectAttributes redirect) {
        TranslatedObject object = editor.object(type, id);
        if (translationForm.changesText(object)) {
            model.addAttribute("error", "admin.translations.markWithChanges");
            return form(model, object);
        }
        try {
            int marked = editor.markCurrent(type, id, translationForm);
            redirect.addFlashAttribute("message", marked > 0 ? "admin.translations.marked" : "admin.translations.nothingToMark");
            return "redirect:/admin/traductions/" + type + "/" + id;
        } catch (StaleTranslationException stale) {
            return conflict(model, stale, translationForm);
        }
    }

    /** The form again, on the object as it is now, with what the person typed kept and what changed meanwhile. */
    private String conflict(Model model, StaleTranslationException stale, TranslationForm typed) {
        model.addAttribute("conflict", stale);
        model.addAttribute("translationForm", typed.rebasedOn(stale.current()));
        return form(model, stale.current());
    }

    private String form(Model model, TranslatedObject object) {
        model.addAttribute("object", object);
        if (object.objectType().equals("page")) {
            Page page = pages.editing(object.objectId()).page();
            if (page.isPublished()) {
                model.addAttribute("frenchUrl", page.url());
                model.addAttribute("englishUrl", addresses.english(page.url()));
            }
            model.addAttribute("pageId", page.getId());
        }
        return "admin/translations/form";
    }
}

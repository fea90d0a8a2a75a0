package fr.uphf.site.media;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library at /admin/medias: the list (search, pages that use each medium), adding a medium with its file,
 * changing its description or replacing its file at the same address, and deleting an unused one to the trash.
 */
@Controller
@RequestMapping("/admin/medias")
class MediaAdminController {

    private final MediaLibrary library;

    MediaAdminController(MediaLibrary library) {
        this.library = library;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String words, Model model) {
        model.addAttribute("media", library.list(words));
        model.addAttribute("words", words == null ? "" : words);
        return "admin/media/list";
    }

    @GetMapping("/nouveau")
    String create(Model model) {
        model.addAttribute("mediaForm", MediaForm.empty());
        return form(model, null);
    }

    @PostMapping("/nouveau")
    String create(@Valid @ModelAttribute MediaForm mediaForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(null, mediaForm, errors, model, redirect);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Media medium = library.get(id);
        model.addAttribute("mediaForm", MediaForm.of(medium));
        return form(model, medium);
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @Valid @ModelAttribute MediaForm mediaForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(id, mediaForm, errors, model, redirect);
    }

    @GetMapping("/{id}/supprimer")
    String confirmDelete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Media medium = library.get(id);
        if (!library.uses(medium).isEmpty()) {
            redirect.addFlashAttribute("error", "admin.media.inUse");
            return "redirect:/admin/medias/" + id;
        }
        model.addAttribute("label", medium.getTitle());
        model.addAttribute("action", "/admin/medias/" + id + "/supprimer");
        model.addAttribute("cancel", "/admin/medias/" + id);
        return "admin/confirm-delete";
    }

    @PostMapping("/{id}/supprimer")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        List<MediaLibrary.Use> uses = library.delete(id);
        if (!uses.isEmpty()) {
            redirect.addFlashAttribute("error", "admin.media.inUse");
            return "redirect:/admin/medias/" + id;
        }
        redirect.addFlashAttribute("message", "admin.media.deleted");
        return "redirect:/admin/medias";
    }

    private String save(Long id, MediaForm mediaForm, BindingResult errors, Model model, RedirectAttributes redirect) {
        MediaLibrary.Saved saved = library.save(id, mediaForm, errors);
        if (!saved.done()) {
            model.addAttribute("upload", saved.upload());
            return form(model, id == null ? null : library.get(id));
        }
        redirect.addFlashAttribute("message", "admin.media.saved");
        return "redirect:/admin/medias/" + saved.media().getId();
    }

    private String form(Model model, Media medium) {
        model.addAttribute("medium", medium);
        model.addAttribute("uses", medium == null ? List.of() : library.uses(medium));
        model.addAttribute("maxSize", library.maxSize().toMegabytes());
        return "admin/media/form";
    }
}

package fr.uphf.site.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import fr.uphf.site.audit.Revision;
import fr.uphf.site.media.MediaLibrary;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Widget;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff edit, preview, publish and restore pages at /admin/pages. */
@Controller
@RequestMapping("/admin/pages")
class PageAdminController {

    private final PageEditor editor;
    private final PageService pages;
    private final PageModel pageModel;
    private final Clock clock;
    private final MessageSource messages;
    private final MediaLibrary media;
    private final PageWarnings warnings;

    PageAdminController(PageEditor editor, PageService pages, PageModel pageModel, Clock clock,
            MessageSource messages, MediaLibrary media, PageWarnings warnings) {
        this.editor = editor;
        this.pages = pages;
        this.pageModel = pageModel;
        this.clock = clock;
        this.messages = messages;
        this.media = media;
        this.warnings = warnings;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("pages", editor.all());
        model.addAttribute("now", clock.instant());
        model.addAttribute("areas", Area.values());
        return "admin/pages/list";
    }

    @GetMapping("/nouvelle")
    String newPage(@RequestParam Area area, Model model) {
        model.addAttribute("pageForm", PageForm.empty());
        return form(model, area, null);
    }

    @PostMapping("/nouvelle")
    String create(@RequestParam Area area, @Valid @ModelAttribute PageForm pageForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        editor.checkSlug(area, null, pageForm, errors);
        if (errors.hasErrors()) {
            return form(model, area, null);
        }
        Page page = editor.create(area, pageForm);
        redirect.addFlashAttribute("message", "admin.page.created");
        return "redirect:/admin/pages/" + page.getId();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        PageEditor.Editing editing = editor.editing(id);
        model.addAttribute("pageForm", PageForm.of(editing.draft(), editing.page().getVersion(),
                editing.page().getGoLiveAt()));
        return form(model, editing.page().getArea(), editing);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @RequestParam(defaultValue = "DRAFT") PageAction action,
            @Valid @ModelAttribute PageForm pageForm, BindingResult errors, Model model, RedirectAttributes redirect) {
        PageEditor.Editing editing = editor.editing(id);
        Area area = editing.page().getArea();
        editor.checkSlug(area, id, pageForm, errors);
        if (errors.hasErrors()) {
            return form(model, area, editing);
        }
        try {
            editor.save(id, pageForm, action);
        } catch (StaleEditException stale) {
            model.addAttribute("conflict", stale);
            model.addAttribute("pageForm", pageForm.withVersion(stale.currentVersion()));
            return form(model, area, editor.editing(id));
        }
        if (action == PageAction.PREVIEW) {
            return "redirect:/admin/pages/" + id + "/apercu";
        }
        redirect.addFlashAttribute("message", action == PageAction.DRAFT ? "admin.page.saved"
                : pageForm.goLive() == null ? "admin.page.published" : "admin.page.scheduledOrPublished");
        return "redirect:/admin/pages/" + id;
    }

    @GetMapping("/{id}/apercu")
    String preview(@PathVariable long id, Model model) {
        Page preview = editor.preview(id);
        PageView view = preview.isIndex()
                ? new PageView(preview, preview, pages.view(pages.published(preview.getArea(), "")).children())
                : pages.view(preview);
        pageModel.fill(model, view);
        model.addAttribute("previewOf", id);
        model.addAttribute("warnings", warnings.inHtml(preview.getBodyHtml()));
        return "content/page";
    }

    @PostMapping("/{id}/publier")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        editor.publish(id, null);
        redirect.addFlashAttribute("message", "admin.page.published");
        return "redirect:/admin/pages/" + id;
    }

    @PostMapping("/{id}/depublier")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        editor.unpublish(id);
        redirect.addFlashAttribute("message", "admin.page.unpublished");
        return "redirect:/admin/pages/" + id;
    }

    @PostMapping("/{id}/programmation/annuler")
    String cancelSchedule(@PathVariable long id, RedirectAttributes redirect) {
        editor.cancelSchedule(id);
        redirect.addFlashAttribute("message", "admin.page.scheduleCancelled");
        return "redirect:/admin/pages/" + id;
    }

    /** Deleting asks first, on a page of its own, so that it works without JavaScript. */
    @GetMapping("/{id}/supprimer")
    String confirmDelete(@PathVariable long id, Model model) {
        Page page = editor.editing(id).page();
        model.addAttribute("label", page.getTitle());
        model.addAttribute("action", "/admin/pages/" + id + "/supprimer");
        model.addAttribute("cancel", "/admin/pages/" + id);
        return "admin/confirm-delete";
    }

    @PostMapping("/{id}/supprimer")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            editor.delete(id);
            redirect.addFlashAttribute("message", "admin.page.deleted");
            return "redirect:/admin/pages";
        } catch (DataIntegrityViolationException children) {
            redirect.addFlashAttribute("error", "admin.page.hasChildren");
        }
        return "redirect:/admin/pages/" + id;
    }

    @GetMapping("/{id}/revisions")
    String revisions(@PathVariable long id, @RequestParam(required = false) Long de,
            @RequestParam(required = false) Long a, Model model) {
        PageEditor.Editing editing = editor.editing(id);
        List<Revision> revisions = editor.revisions(id);
        model.addAttribute("page", editing.page());
        model.addAttribute("revisions", revisions);
        if (de != null && a != null) {
            Revision from = editor.revision(id, de);
            Revision to = editor.revision(id, a);
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("diff", diff(editor.read(from), editor.read(to)));
        }
        return "admin/pages/revisions";
    }

    @PostMapping("/{id}/revisions/{revisionId}/restaurer")
    String restore(@PathVariable long id, @PathVariable long revisionId, RedirectAttributes redirect) {
        editor.restore(id, revisionId);
        redirect.addFlashAttribute("message", "admin.page.restored");
        return "redirect:/admin/pages/" + id;
    }

    /** An area's index page can be neither unpublished nor deleted: the editor is told so on the page's form. */
    @ExceptionHandler
    String locked(LockedPageException locked, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "admin.page.index.locked");
        return "redirect:/admin/pages/" + locked.pageId();
    }

    /** The form, with what its body (as typed, or as last saved) will hinder: shown after each save, never refused. */
    private String form(Model model, Area area, PageEditor.Editing editing) {
        PageForm typed = (PageForm) model.getAttribute("pageForm");
        model.addAttribute("warnings", warnings.of(typed.bodyMarkdown()));
        model.addAttribute("area", area);
        model.addAttribute("editing", editing);
        model.addAttribute("widgets", Widget.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("media", media.list(null));
        return "admin/pages/form";
    }

    /** A line-by-line comparison of two versions of a page, field by field. */
    private List<DiffRow> diff(PageDraft from, PageDraft to) {
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(true).inlineDiffByWord(true)
                .oldTag(start -> start ? "<del>" : "</del>").newTag(start -> start ? "<ins>" : "</ins>")
                .build();
        return generator.generateDiffRows(lines(from), lines(to));
    }

    private List<String> lines(PageDraft draft) {
        List<String> lines = new ArrayList<>(List.of(
                "Titre : " + draft.title(),
                "Adresse : " + draft.slug(),
                "Description : " + draft.description(),
                "Bloc de données : " + messages.getMessage("admin.widget." + (draft.widget() == null ? "none" : draft.widget().name()), null, Locale.FRENCH),
                "Ordre : " + draft.sortOrder(),
                ""));
        lines.addAll(draft.bodyMarkdown().lines().toList());
        return lines;
    }
}

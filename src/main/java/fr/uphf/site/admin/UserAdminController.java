package fr.uphf.site.admin;

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

/** Account management and sign-in locks, for administrators only (see SecurityConfiguration). */
@Controller
@RequestMapping("/admin/comptes")
class UserAdminController {

    private final UserService users;

    UserAdminController(UserService users) {
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("userForm", UserForm.empty());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("locks", users.locks());
        return "admin/users";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("username") && users.exists(form.username())) {
            errors.rejectValue("username", "admin.user.username.taken");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        users.create(form);
        redirect.addFlashAttribute("message", "admin.user.created");
        return "redirect:/admin/comptes";
    }

    @PostMapping("/{id}/activation")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            users.setEnabled(id, enabled);
            redirect.addFlashAttribute("message", enabled ? "admin.user.enabled" : "admin.user.disabled");
        } catch (IllegalArgumentException self) {
            redirect.addFlashAttribute("error", "admin.user.self");
        }
        return "redirect:/admin/comptes";
    }

    @PostMapping("/{id}/mot-de-passe")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute PasswordForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "admin.user.password.invalid");
        } else {
            users.resetPassword(id, form.password());
            redirect.addFlashAttribute("message", "admin.user.password.reset");
        }
        return "redirect:/admin/comptes";
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        try {
            users.changeRole(id, role);
            redirect.addFlashAttribute("message", "admin.user.roleChanged");
        } catch (IllegalArgumentException self) {
            redirect.addFlashAttribute("error", "admin.user.selfRole");
        }
        return "redirect:/admin/comptes";
    }

    /** Lifts the sign-in lock of an account ({@code compte}) or of an address ({@code adresse}). */
    @PostMapping("/deblocage")
    String unlock(@RequestParam(required = false) String compte, @RequestParam(required = false) String adresse,
            RedirectAttributes redirect) {
        if (compte != null) {
            users.unlockAccount(compte);
        }
        if (adresse != null) {
            users.unlockAddress(adresse);
        }
        redirect.addFlashAttribute("message", "admin.user.unlocked");
        return "redirect:/admin/comptes";
    }
}

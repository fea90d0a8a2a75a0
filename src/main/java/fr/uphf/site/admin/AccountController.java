package fr.uphf.site.admin;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** « Mon compte »: any member of staff changes their own password. */
@Controller
@RequestMapping("/admin/mon-compte")
class AccountController {

    private final UserService users;

    AccountController(UserService users) {
        this.users = users;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("ownPasswordForm", OwnPasswordForm.empty());
        return "admin/account";
    }

    @PostMapping
    String changePassword(@Valid @ModelAttribute OwnPasswordForm form, BindingResult errors, HttpSession session,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("confirmation") && !form.confirmed()) {
            errors.rejectValue("confirmation", "admin.account.mismatch");
        }
        if (errors.hasErrors()) {
            return "admin/account";
        }
        if (!users.changeOwnPassword(form.current(), form.newPassword(), session.getId())) {
            errors.rejectValue("current", "admin.account.wrongCurrent");
            return "admin/account";
        }
        redirect.addFlashAttribute("message", "admin.account.changed");
        return "redirect:/admin/mon-compte";
    }
}

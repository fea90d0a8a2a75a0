package fr.uphf.site.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; Spring Security handles the form's POST. */
@Controller
class LoginController {

    @GetMapping(SecurityConfiguration.LOGIN)
    String login() {
        return "admin/login";
    }
}

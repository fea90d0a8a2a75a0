package fr.uphf.site.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page; Spring Security handles the form's POST. After a failed or refused attempt the page offers
 * the username typed again, once.
 */
@Controller
class LoginController {

    private static final String LAST_USERNAME = LoginController.class.getName() + ".username";
    private static final int MAX_USERNAME_LENGTH = 60;

    /** Keeps the username of a failed or refused attempt for the next display of the sign-in page. */
    static void rememberUsername(HttpServletRequest request, String username) {
        if (username != null && !username.isBlank()) {
            request.getSession().setAttribute(LAST_USERNAME,
                    username.length() > MAX_USERNAME_LENGTH ? username.substring(0, MAX_USERNAME_LENGTH) : username);
        }
    }

    @GetMapping(SecurityConfiguration.LOGIN)
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            model.addAttribute("username", session.getAttribute(LAST_USERNAME));
            session.removeAttribute(LAST_USERNAME);
        }
        return "admin/login";
    }
}

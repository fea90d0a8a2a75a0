package fr.uphf.site.admin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** « Accès refusé » for signed-in staff, inside the admin layout (Spring Security forwards here, whatever the method). */
@Controller
class AccessDeniedController {

    @RequestMapping(SecurityConfiguration.DENIED)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "admin/denied";
    }
}

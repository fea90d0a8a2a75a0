package fr.uphf.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The legal notice and the accessibility statement, linked from the footer of every page. */
@Controller
class LegalController {

    @GetMapping("/mentions-legales")
    String legalNotice() {
        return "legal/mentions-legales";
    }

    @GetMapping("/accessibilite")
    String accessibility() {
        return "legal/accessibilite";
    }
}

package fr.uphf.site.legal;

import java.util.List;

import fr.uphf.site.services.ContactPointRepository;
import fr.uphf.site.shared.Crumb;
import fr.uphf.site.web.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The legal notice, the accessibility statement and the personal data page, linked from the footer of every page. */
@Controller
class LegalController {

    private final MessageSource messages;
    private final SiteProperties site;
    private final AccessibilityAudit audit;
    private final ContactPointRepository contacts;

    LegalController(MessageSource messages, SiteProperties site, AccessibilityAudit audit,
            ContactPointRepository contacts) {
        this.messages = messages;
        this.site = site;
        this.audit = audit;
        this.contacts = contacts;
    }

    @GetMapping({"/mentions-legales", "/en/legal-notice"})
    String legalNotice(Model model) {
        return show(LegalPage.LEGAL_NOTICE, model);
    }

    @GetMapping({"/accessibilite", "/en/accessibility"})
    String accessibility(Model model) {
        model.addAttribute("siteUrl", site.absolute("/"));
        model.addAttribute("audit", audit.grid());
        model.addAttribute("contact", contacts.findFirstByEmailOrderBySortOrder(AccessibilityAudit.CONTACT).orElse(null));
        return show(LegalPage.ACCESSIBILITY, model);
    }

    @GetMapping({"/donnees-personnelles", "/en/personal-data"})
    String personalData(Model model) {
        return show(LegalPage.PERSONAL_DATA, model);
    }

    private String show(LegalPage page, Model model) {
        String title = messages.getMessage(page.titleKey(), null, LocaleContextHolder.getLocale());
        model.addAttribute("updatedOn", page.updatedOn());
        model.addAttribute("breadcrumbs", List.of(new Crumb(title, null)));
        return page.view();
    }
}

package fr.uphf.site.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, for administrators, filtered by person, action and kind of object. */
@Controller
class AuditAdminController {

    private static final int PAGE_SIZE = 50;

    private final AuditLogRepository entries;

    AuditAdminController(AuditLogRepository entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/journal")
    String log(@RequestParam(required = false) String utilisateur, @RequestParam(required = false) String action,
            @RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", entries.search(blankToNull(utilisateur), blankToNull(action), blankToNull(type),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("types", entries.objectTypes());
        model.addAttribute("utilisateur", utilisateur);
        model.addAttribute("action", action);
        model.addAttribute("type", type);
        return "admin/audit";
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }
}

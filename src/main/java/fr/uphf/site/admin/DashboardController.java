package fr.uphf.site.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import fr.uphf.site.audit.AuditLogRepository;
import fr.uphf.site.content.PageEditor;
import fr.uphf.site.content.PageStatus;
import fr.uphf.site.translation.TranslationEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home: drafts, scheduled pages, English translations missing or outdated, recent changes and pages nobody
 * has reviewed for a long time.
 */
@Controller
class DashboardController {

    static final Duration REVIEW_AFTER = Duration.ofDays(365);

    private final PageEditor pages;
    private final AuditLogRepository audit;
    private final Clock clock;
    private final TranslationEditor translations;

    DashboardController(PageEditor pages, AuditLogRepository audit, Clock clock, TranslationEditor translations) {
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
        this.translations = translations;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        Instant now = clock.instant();
        var all = pages.all();
        model.addAttribute("drafts", all.stream().filter(page -> page.status(now) == PageStatus.DRAFT
                || page.status(now) == PageStatus.LIVE_WITH_DRAFT).toList());
        model.addAttribute("scheduled", all.stream().filter(page -> page.status(now) == PageStatus.SCHEDULED).toList());
        model.addAttribute("stale", all.stream().filter(page -> page.isPublished()
                && page.getUpdatedAt().isBefore(now.minus(REVIEW_AFTER))).toList());
        model.addAttribute("translations", translations.overview());
        model.addAttribute("recent", audit.findTop10ByObjectTypeIsNotNullOrderByAtDescIdDesc());
        model.addAttribute("now", now);
        return "admin/dashboard";
    }
}

package fr.uphf.site.legal;

import java.time.LocalDate;

/**
 * The pages every French public site must publish, linked from the footer of every page, in French and in English.
 * Their texts are in messages.properties and messages_en.properties: whoever changes a text changes its date here,
 * which the page and the sitemap show.
 */
public enum LegalPage {

    LEGAL_NOTICE("/mentions-legales", "/en/legal-notice", "mentions-legales", "legal.title", LocalDate.of(2026, 12, 2)),
    ACCESSIBILITY("/accessibilite", "/en/accessibility", "accessibilite", "a11y.title", LocalDate.of(2026, 12, 2)),
    PERSONAL_DATA("/donnees-personnelles", "/en/personal-data", "donnees-personnelles", "privacy.title",
            LocalDate.of(2026, 12, 2));

    private final String path;
    private final String englishPath;
    private final String template;
    private final String titleKey;
    private final LocalDate updatedOn;

    LegalPage(String path, String englishPath, String template, String titleKey, LocalDate updatedOn) {
        this.path = path;
        this.englishPath = englishPath;
        this.template = template;
        this.titleKey = titleKey;
        this.updatedOn = updatedOn;
    }

    public String path() {
        return path;
    }

    public String englishPath() {
        return englishPath;
    }

    String view() {
        return "legal/" + template;
    }

    String titleKey() {
        return titleKey;
    }

    public LocalDate updatedOn() {
        return updatedOn;
    }
}

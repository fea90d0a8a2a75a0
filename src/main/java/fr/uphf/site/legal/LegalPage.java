package fr.uphf.site.legal;

import java.time.LocalDate;

/**
 * The pages every French public site must publish, linked from the footer of every page. Their texts are in
 * messages.properties: whoever changes a text changes its date here, which the page and the sitemap show.
 */
public enum LegalPage {

    LEGAL_NOTICE("/mentions-legales", "legal/mentions-legales", "legal.title", LocalDate.of(2026, 11, 28)),
    ACCESSIBILITY("/accessibilite", "legal/accessibilite", "a11y.title", LocalDate.of(2026, 11, 28)),
    PERSONAL_DATA("/donnees-personnelles", "legal/donnees-personnelles", "privacy.title", LocalDate.of(2026, 11, 28));

    private final String path;
    private final String view;
    private final String titleKey;
    private final LocalDate updatedOn;

    LegalPage(String path, String view, String titleKey, LocalDate updatedOn) {
        this.path = path;
        this.view = view;
        this.titleKey = titleKey;
        this.updatedOn = updatedOn;
    }

    public String path() {
        return path;
    }

    String view() {
        return view;
    }

    String titleKey() {
        return titleKey;
    }

    public LocalDate updatedOn() {
        return updatedOn;
    }
}

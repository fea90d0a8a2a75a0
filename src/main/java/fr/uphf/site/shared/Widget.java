package fr.uphf.site.shared;

/** A block of structured data that a page shows after its prose. */
public enum Widget {
    KEY_FIGURES,
    TIMELINE,
    RANKINGS,
    PARTNERS,
    GRANTS,
    CONTACTS,
    DIRECTORY,
    CERTIFICATIONS,
    PLATFORMS,
    LANGUAGE_CENTRES,
    CAMPUSES
}

package fr.uphf.site.mobility;

/** The kind of stay abroad: studies or an internship (an internship in a university counts as studies). */
public enum StayType {
    ETUDES,
    STAGE
}

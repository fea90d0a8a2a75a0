package fr.uphf.site.mobility;

/** The level of a student going abroad: year of licence or master, doctorate, IUT, or engineering cycle. */
public enum StudyLevel {
    L1,
    L2,
    L3,
    M1,
    M2,
    DOCTORAT,
    IUT,
    INGENIEUR
}

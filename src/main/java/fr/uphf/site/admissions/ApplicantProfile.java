package fr.uphf.site.admissions;

/**
 * Where a candidate stands today: at secondary school (or just holding the bac or an equivalent), already a student,
 * a foreign student, or returning to studies.
 */
public enum ApplicantProfile {
    LYCEEN,
    ETUDIANT,
    INTERNATIONAL,
    REPRISE_ETUDES
}

package fr.uphf.site.admissions;

/**
 * A candidate's answers: the programme and year aimed for, apprenticeship or not, profile, and whether they live in
 * France.
 */
public record OrientationQuestion(Programme programme, int year, boolean apprenticeship, ApplicantProfile profile,
        boolean livesInFrance) {
}

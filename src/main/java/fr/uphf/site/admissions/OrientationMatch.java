package fr.uphf.site.admissions;

import java.util.Set;

/**
 * The conditions of an orientation rule; a null condition (or no programme) accepts every answer. The years are an
 * inclusive range.
 */
public record OrientationMatch(Set<Programme> programmes, Integer yearMin, Integer yearMax, Boolean apprenticeship,
        ApplicantProfile profile, Boolean livesInFrance) {

    /** Matches every candidate: the conditions of a catch-all rule. */
    public static final OrientationMatch ANY = new OrientationMatch(Set.of(), null, null, null, null, null);

    public OrientationMatch {
        programmes = programmes == null ? Set.of() : Set.copyOf(programmes);
    }

    public boolean matches(OrientationQuestion question) {
        return (programmes.isEmpty() || programmes.contains(question.programme()))
                && (yearMin == null || question.year() >= yearMin)
                && (yearMax == null || question.year() <= yearMax)
                && (apprenticeship == null || apprenticeship == question.apprenticeship())
                && (profile == null || profile == question.profile())
                && (livesInFrance == null || livesInFrance == question.livesInFrance());
    }
}

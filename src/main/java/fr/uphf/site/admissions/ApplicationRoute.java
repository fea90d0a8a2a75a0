package fr.uphf.site.admissions;

import java.util.List;

/** The way a candidate applies, and the application platforms (table application_platform) that describe it. */
public enum ApplicationRoute {
    PARCOURSUP("PARCOURSUP"),
    MON_MASTER("MON_MASTER"),
    ECANDIDAT("ECANDIDAT"),
    INTERNATIONAL("ETRANGER_PARTENAIRE", "ETRANGER_INDIVIDUEL"),
    ECOLE_DOCTORALE("DOCTORANT"),
    FORMATION_CONTINUE("REPRISE_ETUDES");

    private final List<String> platformCodes;

    ApplicationRoute(String... platformCodes) {
        this.platformCodes = List.of(platformCodes);
    }

    public List<String> platformCodes() {
        return platformCodes;
    }
}

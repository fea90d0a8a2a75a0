package fr.uphf.site.admissions;

import java.util.List;

/**
 * What the guide tells a candidate: the way to apply (null when no platform applies), why, the next steps, whom to
 * contact, and the application platforms that describe that way.
 */
public record OrientationAnswer(ApplicationRoute route, String explanation, List<String> steps, String contact,
        String contactEmail, String contactPhone, List<ApplicationPlatform> platforms) {

    /** The contact in one line: who, then their e-mail address or phone number when known. */
    public String contactLine() {
        String reach = contactEmail != null ? contactEmail : contactPhone;
        return reach == null ? contact : contact + " : " + reach;
    }
}

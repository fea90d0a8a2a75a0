package fr.uphf.site.admissions;

import java.util.List;

import fr.uphf.site.translation.Localized;

/**
 * What the guide tells a candidate: the way to apply (null when no platform applies), why, the next steps, whom to
 * contact, and the application platforms that describe that way; its texts in the reader's language when they have
 * been translated (French otherwise, marked as such).
 */
public record OrientationAnswer(ApplicationRoute route, Localized explanation, List<Localized> steps,
        Localized contact, String contactEmail, String contactPhone, List<ApplicationPlatform> platforms) {

    /** The contact in one line: who, then their e-mail address or phone number when known. */
    public String contactLine(String colon) {
        String reach = contactEmail != null ? contactEmail : contactPhone;
        return reach == null ? contact.text() : contact.text() + colon + " " + reach;
    }
}

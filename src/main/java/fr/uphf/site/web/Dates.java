package fr.uphf.site.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.uphf.site.shared.TimeConfiguration;
import org.springframework.stereotype.Component;

/** Formats instants for templates in Europe/Paris time, the time staff and visitors read. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
            .withZone(TimeConfiguration.PARIS);

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The value of a datetime-local field for an instant. */
    public String input(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, TimeConfiguration.PARIS).toString();
    }
}

package fr.uphf.site.services;

import fr.uphf.site.shared.RowFormatter;
import org.springframework.stereotype.Component;

/** A contact of the directory chosen in a form, by its id. */
@Component
class ContactPointFormatter extends RowFormatter<ContactPoint> {

    ContactPointFormatter(ContactPointRepository contacts) {
        super(contacts);
    }
}

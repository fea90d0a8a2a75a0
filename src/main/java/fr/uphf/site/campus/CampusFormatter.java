package fr.uphf.site.campus;

import fr.uphf.site.shared.RowFormatter;
import org.springframework.stereotype.Component;

/** A campus chosen in a form, by its id. */
@Component
class CampusFormatter extends RowFormatter<Campus> {

    CampusFormatter(CampusRepository campuses) {
        super(campuses);
    }
}

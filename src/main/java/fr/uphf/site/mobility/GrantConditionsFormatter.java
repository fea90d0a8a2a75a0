package fr.uphf.site.mobility;

import fr.uphf.site.shared.RowFormatter;
import org.springframework.stereotype.Component;

/** The conditions of a grant for a year, chosen in a form by their id. */
@Component
class GrantConditionsFormatter extends RowFormatter<GrantConditions> {

    GrantConditionsFormatter(GrantConditionsRepository conditions) {
        super(conditions);
    }
}

package fr.uphf.site.mobility;

import fr.uphf.site.shared.RowFormatter;
import org.springframework.stereotype.Component;

/** A grant chosen in a form, by its id. */
@Component
class MobilityGrantFormatter extends RowFormatter<MobilityGrant> {

    MobilityGrantFormatter(MobilityGrantRepository grants) {
        super(grants);
    }
}

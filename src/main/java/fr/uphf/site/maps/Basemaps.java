package fr.uphf.site.maps;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The site's two map frames, read and projected once at start-up. */
@Component
public class Basemaps {

    private final Basemap europe;
    private final Basemap hautsDeFrance;

    Basemaps(JsonMapper json) {
        this.europe = Basemap.read("europe.json", json);
        this.hautsDeFrance = Basemap.read("hauts-de-france.json", json);
    }

    /** Europe from Portugal to Finland, for the EUNICE universities. */
    public Basemap europe() {
        return europe;
    }

    /** The area around Valenciennes, from Cambrai to Maubeuge and the Belgian border, for the campuses. */
    public Basemap hautsDeFrance() {
        return hautsDeFrance;
    }
}

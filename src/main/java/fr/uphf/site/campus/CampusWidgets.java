package fr.uphf.site.campus;

import java.util.List;

import fr.uphf.site.maps.Basemaps;
import fr.uphf.site.maps.PointMap;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import fr.uphf.site.translation.Addresses;
import fr.uphf.site.translation.Localized;
import fr.uphf.site.translation.Translations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CampusWidgets {

    /** The campuses, listed and on the map of the area around Valenciennes, each linking to its page. */
    public record Campuses(List<Campus> campuses, PointMap map) {
    }

    @Bean
    WidgetSource campusesWidget(CampusRepository campuses, Basemaps basemaps, Translations translations,
            Addresses addresses) {
        return new WidgetSource(Widget.CAMPUSES, area -> {
            List<Campus> all = campuses.findAllByOrderBySortOrder();
            return new Campuses(all, PointMap.of(basemaps.hautsDeFrance(), all.stream().map(campus -> {
                Localized name = translations.of(campus, "name");
                return new PointMap.Place(addresses.of(campus.url()), name.text(), name.lang(), null,
                        PointMap.degrees(campus.getLatitude()), PointMap.degrees(campus.getLongitude()));
            }).toList()));
        });
    }
}

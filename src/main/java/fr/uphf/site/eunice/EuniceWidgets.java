package fr.uphf.site.eunice;

import java.util.List;

import fr.uphf.site.maps.Basemaps;
import fr.uphf.site.maps.PointMap;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import fr.uphf.site.translation.Localized;
import fr.uphf.site.translation.Translations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EuniceWidgets {

    /** The universities of the alliance, in their table and on the map of Europe, each linking to its row. */
    public record Partners(List<EunicePartner> partners, PointMap map) {
    }

    @Bean
    WidgetSource partnersWidget(EunicePartnerRepository partners, Basemaps basemaps, Translations translations) {
        return new WidgetSource(Widget.PARTNERS, area -> {
            List<EunicePartner> all = partners.findAllByOrderBySortOrder();
            return new Partners(all, PointMap.of(basemaps.europe(), all.stream().map(partner -> {
                Localized city = translations.of(partner, "city");
                return new PointMap.Place("#" + partner.anchor(), city.text(), city.lang(),
                        translations.text(partner, "name") + ", " + city.text(),
                        PointMap.degrees(partner.getLatitude()), PointMap.degrees(partner.getLongitude()));
            }).toList()));
        });
    }
}

package fr.uphf.site.campus;

import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CampusWidgets {

    @Bean
    WidgetSource campusesWidget(CampusRepository campuses) {
        return new WidgetSource(Widget.CAMPUSES, area -> campuses.findAllByOrderBySortOrder());
    }
}

package fr.uphf.site.campus;

import fr.uphf.site.content.Widget;
import fr.uphf.site.content.WidgetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CampusWidgets {

    @Bean
    WidgetSource campusesWidget(CampusRepository campuses) {
        return new WidgetSource(Widget.CAMPUSES, area -> campuses.findAllByOrderBySortOrder());
    }
}

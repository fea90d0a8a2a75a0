package fr.uphf.site.admissions;

import fr.uphf.site.content.Widget;
import fr.uphf.site.content.WidgetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdmissionWidgets {

    @Bean
    WidgetSource platformsWidget(ApplicationPlatformRepository platforms) {
        return new WidgetSource(Widget.PLATFORMS, area -> platforms.findAllByOrderBySortOrder());
    }
}

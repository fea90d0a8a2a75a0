package fr.uphf.site.admissions;

import fr.uphf.site.shared.ComputedPage;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdmissionWidgets {

    @Bean
    WidgetSource platformsWidget(ApplicationPlatformRepository platforms) {
        return new WidgetSource(Widget.PLATFORMS, area -> platforms.findAllByOrderBySortOrder());
    }

    /** The « Où candidater ? » guide, last updated when its rules were. */
    @Bean
    ComputedPage orientationGuide(OrientationRuleRepository rules) {
        return new ComputedPage("/admission/ou-candidater", rules::lastChange);
    }
}

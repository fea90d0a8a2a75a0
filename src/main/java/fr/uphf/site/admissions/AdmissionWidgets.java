package fr.uphf.site.admissions;

import java.util.List;

import fr.uphf.site.shared.AddressPair;
import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.Guide;
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
    Guide orientationGuide(OrientationRuleRepository rules) {
        return new Guide(Area.ADMISSION, OrientationController.PATH, "orientation.title", rules::lastChange);
    }

    @Bean
    AddressPair.Source orientationAddresses() {
        return () -> List.of(new AddressPair(OrientationController.PATH, OrientationController.ENGLISH_PATH));
    }
}

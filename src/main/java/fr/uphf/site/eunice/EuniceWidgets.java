package fr.uphf.site.eunice;

import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EuniceWidgets {

    @Bean
    WidgetSource partnersWidget(EunicePartnerRepository partners) {
        return new WidgetSource(Widget.PARTNERS, area -> partners.findAllByOrderBySortOrder());
    }
}

package fr.uphf.site.services;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import fr.uphf.site.campus.CampusFacts;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contacts, certifications and the places where services receive students. */
@Configuration(proxyBeanMethods = false)
class ServiceWidgets {

    @Bean
    WidgetSource contactsWidget(ContactPointRepository contacts) {
        return new WidgetSource(Widget.CONTACTS, area -> byService(contacts.findByAreaOrderBySortOrder(area),
                new LinkedHashMap<>()));
    }

    @Bean
    WidgetSource directoryWidget(ContactPointRepository contacts) {
        return new WidgetSource(Widget.DIRECTORY, area -> byService(contacts.findAllByOrderBySortOrder(),
                new TreeMap<>(Collator.getInstance(Locale.FRENCH))));
    }

    @Bean
    WidgetSource certificationsWidget(CertificationRepository certifications) {
        return new WidgetSource(Widget.CERTIFICATIONS, area -> certifications.findAllByOrderBySortOrder());
    }

    @Bean
    WidgetSource languageCentresWidget(ServiceLocationRepository locations) {
        return new WidgetSource(Widget.LANGUAGE_CENTRES, area -> locations.findAllByOrderBySortOrder());
    }

    /** The campus page lists the services and contacts of that campus. */
    @Bean
    CampusFacts servicesOfCampus(ServiceLocationRepository locations, ContactPointRepository contacts) {
        return campus -> Map.of("locations", locations.findByCampusOrderBySortOrder(campus),
                "contacts", contacts.findByCampusOrderBySortOrder(campus));
    }

    private static Map<String, List<ContactPoint>> byService(List<ContactPoint> contacts,
            Map<String, List<ContactPoint>> groups) {
        contacts.forEach(contact -> groups.computeIfAbsent(contact.getService(), service -> new ArrayList<>())
                .add(contact));
        return groups;
    }
}

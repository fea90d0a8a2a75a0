package fr.uphf.site.services;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import fr.uphf.site.campus.Campus;
import fr.uphf.site.campus.CampusFacts;
import fr.uphf.site.campus.CampusRepository;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contacts, certifications and the places where services receive students. */
@Configuration(proxyBeanMethods = false)
class ServiceWidgets {

    /** A service location with its campus. */
    public record Located(ServiceLocation location, Campus campus) {
    }

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
    WidgetSource languageCentresWidget(ServiceLocationRepository locations, CampusRepository campuses) {
        return new WidgetSource(Widget.LANGUAGE_CENTRES, area -> {
            Map<Long, Campus> byId = campuses.byId();
            return locations.findAllByOrderBySortOrder().stream()
                    .map(location -> new Located(location, byId.get(location.getCampusId())))
                    .toList();
        });
    }

    /** The campus page lists the services and contacts of that campus. */
    @Bean
    CampusFacts servicesOfCampus(ServiceLocationRepository locations, ContactPointRepository contacts) {
        return campus -> Map.of("locations", locations.findByCampusIdOrderBySortOrder(campus.getId()),
                "contacts", contacts.findByCampusIdOrderBySortOrder(campus.getId()));
    }

    private static Map<String, List<ContactPoint>> byService(List<ContactPoint> contacts,
            Map<String, List<ContactPoint>> groups) {
        contacts.forEach(contact -> groups.computeIfAbsent(contact.getService(), service -> new ArrayList<>())
                .add(contact));
        return groups;
    }
}

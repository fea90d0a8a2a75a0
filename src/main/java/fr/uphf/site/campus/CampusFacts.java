package fr.uphf.site.campus;

import java.util.Map;

/**
 * What another area knows of one campus, for the campus page: its services, its history… Each area gives model
 * attributes by name, so this area does not depend on theirs.
 */
@FunctionalInterface
public interface CampusFacts {

    Map<String, ?> about(Campus campus);
}

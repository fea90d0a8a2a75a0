package fr.uphf.site.services;

import java.util.List;

import fr.uphf.site.campus.Campus;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceLocationRepository extends JpaRepository<ServiceLocation, Long> {

    /** Every location, each with its campus in the same query. */
    @EntityGraph(attributePaths = "campus")
    List<ServiceLocation> findAllByOrderBySortOrder();

    List<ServiceLocation> findByCampusOrderBySortOrder(Campus campus);
}

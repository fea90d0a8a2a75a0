package fr.uphf.site.services;

import java.util.List;
import java.util.Optional;

import fr.uphf.site.campus.Campus;
import fr.uphf.site.shared.Area;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactPointRepository extends JpaRepository<ContactPoint, Long> {

    List<ContactPoint> findAllByOrderBySortOrder();

    List<ContactPoint> findByAreaOrderBySortOrder(Area area);

    List<ContactPoint> findByCampusOrderBySortOrder(Campus campus);

    Optional<ContactPoint> findFirstByEmailOrderBySortOrder(String email);
}

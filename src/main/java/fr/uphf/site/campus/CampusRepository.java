package fr.uphf.site.campus;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampusRepository extends JpaRepository<Campus, Long> {

    List<Campus> findAllByOrderBySortOrder();

    Optional<Campus> findBySlug(String slug);
}

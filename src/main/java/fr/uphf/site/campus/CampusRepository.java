package fr.uphf.site.campus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampusRepository extends JpaRepository<Campus, Long> {

    List<Campus> findAllByOrderBySortOrder();

    Optional<Campus> findBySlug(String slug);

    /** Every campus by its id, for rows that refer to one. */
    default Map<Long, Campus> byId() {
        return findAll().stream().collect(Collectors.toMap(Campus::getId, Function.identity()));
    }
}

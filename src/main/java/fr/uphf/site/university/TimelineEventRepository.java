package fr.uphf.site.university;

import java.util.List;

import fr.uphf.site.campus.Campus;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long> {

    /** The whole history, each event with its campus (if any) in the same query. */
    @EntityGraph(attributePaths = "campus")
    List<TimelineEvent> findAllByOrderByYearAscSortOrderAsc();

    List<TimelineEvent> findByCampusOrderByYearAscSortOrderAsc(Campus campus);
}

package fr.uphf.site.mobility;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GrantConditionsRepository extends JpaRepository<GrantConditions, Long> {

    /** The conditions of every grant and year, each with its grant, in one query (the admin's lists name them). */
    @Override
    @EntityGraph(attributePaths = "grant")
    List<GrantConditions> findAll(Sort sort);

    /** The conditions of every grant for a year, each with its grant in the same query. */
    @EntityGraph(attributePaths = "grant")
    List<GrantConditions> findByAcademicYear(String academicYear);

    @Query("select max(r.updatedAt) from GrantConditions r")
    Instant lastChange();
}

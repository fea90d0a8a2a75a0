package fr.uphf.site.mobility;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantCombinationRepository extends JpaRepository<GrantCombination, Long> {

    /** Every combination with its two grants, in one query (the admin's list names them). */
    @Override
    @EntityGraph(attributePaths = {"grantA", "grantB"})
    List<GrantCombination> findAll(Sort sort);

    /** The combinations of a year, each with its two grants in the same query. */
    @EntityGraph(attributePaths = {"grantA", "grantB"})
    List<GrantCombination> findByAcademicYear(String academicYear);
}

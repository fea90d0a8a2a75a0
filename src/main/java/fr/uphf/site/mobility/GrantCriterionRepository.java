package fr.uphf.site.mobility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantCriterionRepository extends JpaRepository<GrantCriterion, Long> {

    List<GrantCriterion> findByAcademicYearOrderBySortOrder(String academicYear);
}

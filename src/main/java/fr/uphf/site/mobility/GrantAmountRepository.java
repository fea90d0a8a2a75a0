package fr.uphf.site.mobility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantAmountRepository extends JpaRepository<GrantAmount, Long> {

    List<GrantAmount> findAllByOrderBySortOrder();

    List<GrantAmount> findByAcademicYearOrderBySortOrder(String academicYear);
}

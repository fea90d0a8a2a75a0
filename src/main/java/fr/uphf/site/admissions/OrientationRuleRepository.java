package fr.uphf.site.admissions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrientationRuleRepository extends JpaRepository<OrientationRule, Long> {

    List<OrientationRule> findAllByOrderBySortOrderAscIdAsc();
}

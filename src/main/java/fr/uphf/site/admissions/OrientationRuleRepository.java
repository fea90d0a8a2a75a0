package fr.uphf.site.admissions;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrientationRuleRepository extends JpaRepository<OrientationRule, Long> {

    List<OrientationRule> findAllByOrderBySortOrderAscIdAsc();

    @Query("select max(r.updatedAt) from OrientationRule r")
    Instant lastChange();
}

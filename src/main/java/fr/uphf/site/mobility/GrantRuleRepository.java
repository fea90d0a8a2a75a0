package fr.uphf.site.mobility;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GrantRuleRepository extends JpaRepository<GrantRule, Long> {

    List<GrantRule> findByAcademicYear(String academicYear);

    @Query("select max(r.updatedAt) from GrantRule r")
    Instant lastChange();
}

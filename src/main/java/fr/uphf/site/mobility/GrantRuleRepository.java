package fr.uphf.site.mobility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantRuleRepository extends JpaRepository<GrantRule, Long> {

    List<GrantRule> findByAcademicYear(String academicYear);
}

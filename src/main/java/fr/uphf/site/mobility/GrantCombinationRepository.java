package fr.uphf.site.mobility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantCombinationRepository extends JpaRepository<GrantCombination, Long> {

    List<GrantCombination> findByAcademicYear(String academicYear);
}

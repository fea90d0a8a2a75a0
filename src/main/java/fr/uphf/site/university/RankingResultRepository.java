package fr.uphf.site.university;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RankingResultRepository extends JpaRepository<RankingResult, Long> {

    List<RankingResult> findAllByOrderBySortOrder();
}

package fr.uphf.site.university;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long> {

    List<TimelineEvent> findAllByOrderByYearAscSortOrderAsc();

    List<TimelineEvent> findByCampusIdOrderByYearAscSortOrderAsc(Long campusId);
}

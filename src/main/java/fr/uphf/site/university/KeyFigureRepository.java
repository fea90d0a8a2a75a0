package fr.uphf.site.university;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyFigureRepository extends JpaRepository<KeyFigure, Long> {

    List<KeyFigure> findAllByOrderBySortOrder();
}

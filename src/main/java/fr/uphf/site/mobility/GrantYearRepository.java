package fr.uphf.site.mobility;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantYearRepository extends JpaRepository<GrantYear, Long> {

    Optional<GrantYear> findByPublishedTrue();

    Optional<GrantYear> findByCode(String code);
}

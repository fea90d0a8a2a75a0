package fr.uphf.site.mobility;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantDurationRepository extends JpaRepository<GrantDuration, Long> {

    List<GrantDuration> findByConditionsIn(Collection<GrantConditions> conditions);
}

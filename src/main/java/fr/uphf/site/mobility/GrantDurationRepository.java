package fr.uphf.site.mobility;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantDurationRepository extends JpaRepository<GrantDuration, Long> {

    /** Every duration with the conditions and grant it belongs to, in one query (the admin's list names them). */
    @Override
    @EntityGraph(attributePaths = "conditions.grant")
    List<GrantDuration> findAll(Sort sort);

    List<GrantDuration> findByConditionsIn(Collection<GrantConditions> conditions);
}

package fr.uphf.site.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByObjectTypeAndObjectIdOrderByCreatedAtDescIdDesc(String objectType, Long objectId);

    Optional<Revision> findFirstByObjectTypeAndObjectIdOrderByIdDesc(String objectType, Long objectId);

    List<Revision> findByObjectTypeAndGoLiveAtLessThanEqual(String objectType, Instant now);

    boolean existsByObjectTypeAndObjectId(String objectType, Long objectId);

    boolean existsByObjectTypeAndObjectIdAndIdGreaterThan(String objectType, Long objectId, Long id);
}

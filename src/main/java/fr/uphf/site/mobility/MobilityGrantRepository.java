package fr.uphf.site.mobility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MobilityGrantRepository extends JpaRepository<MobilityGrant, Long> {

    List<MobilityGrant> findAllByOrderBySortOrder();
}

package fr.uphf.site.services;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceLocationRepository extends JpaRepository<ServiceLocation, Long> {

    List<ServiceLocation> findAllByOrderBySortOrder();

    List<ServiceLocation> findByCampusIdOrderBySortOrder(Long campusId);
}

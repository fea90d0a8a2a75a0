package fr.uphf.site.mobility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommissionDateRepository extends JpaRepository<CommissionDate, Long> {

    List<CommissionDate> findAllByOrderBySortOrder();
}

package fr.uphf.site.eunice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EunicePartnerRepository extends JpaRepository<EunicePartner, Long> {

    List<EunicePartner> findAllByOrderBySortOrder();
}

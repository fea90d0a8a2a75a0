package fr.uphf.site.admissions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationPlatformRepository extends JpaRepository<ApplicationPlatform, Long> {

    List<ApplicationPlatform> findAllByOrderBySortOrder();
}

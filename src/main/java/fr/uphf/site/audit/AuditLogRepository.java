package fr.uphf.site.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditLogRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:username is null or e.username = :username)
              and (:action is null or e.action = :action)
              and (:objectType is null or e.objectType = :objectType)
            order by e.at desc, e.id desc""")
    Page<AuditEntry> search(@Param("username") String username, @Param("action") String action,
            @Param("objectType") String objectType, Pageable pageable);

    List<AuditEntry> findTop10ByObjectTypeIsNotNullOrderByAtDescIdDesc();

    /** The kinds of object the log names, for its filter. */
    @Query("select distinct e.objectType from AuditEntry e where e.objectType is not null order by e.objectType")
    List<String> objectTypes();
}

package fr.uphf.site.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageRedirectRepository extends JpaRepository<PageRedirect, Long> {

    Optional<PageRedirect> findByOldPath(String oldPath);

    void deleteByOldPath(String oldPath);
}

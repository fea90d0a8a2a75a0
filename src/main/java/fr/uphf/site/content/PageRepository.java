package fr.uphf.site.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageRepository extends JpaRepository<Page, Long> {

    Optional<Page> findByAreaAndSlugAndPublishedTrue(Area area, String slug);

    List<Page> findByParentIdAndPublishedTrueOrderBySortOrder(Long parentId);

    List<Page> findByPublishedTrueOrderByAreaAscSortOrderAsc();

    List<Page> findByBodyHtmlIsNull();
}

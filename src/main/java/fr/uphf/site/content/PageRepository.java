package fr.uphf.site.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.uphf.site.shared.Area;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Pages; the queries for visitors return only what is published and not expired at the given time. */
public interface PageRepository extends JpaRepository<Page, Long> {

    String VISIBLE = "p.published = true and (p.expireAt is null or p.expireAt > :now)";

    @Query("select p from Page p where p.area = :area and p.slug = :slug and " + VISIBLE)
    Optional<Page> findVisible(@Param("area") Area area, @Param("slug") String slug, @Param("now") Instant now);

    @Query("select p from Page p where p.parentId = :parentId and " + VISIBLE + " order by p.sortOrder, p.id")
    List<Page> findVisibleChildren(@Param("parentId") Long parentId, @Param("now") Instant now);

    @Query("select p from Page p where p.slug = '' and " + VISIBLE)
    List<Page> findVisibleIndexes(@Param("now") Instant now);

    @Query("select p from Page p where " + VISIBLE + " order by p.area, p.sortOrder, p.id")
    List<Page> findAllVisible(@Param("now") Instant now);

    @Query("select p from Page p where p.id = :id and " + VISIBLE)
    Optional<Page> findVisibleById(@Param("id") Long id, @Param("now") Instant now);

    List<Page> findByBodyHtmlIsNull();

    List<Page> findAllByOrderByAreaAscSortOrderAscIdAsc();

    Optional<Page> findByAreaAndSlug(Area area, String slug);

    /** Loads a page for a change, locking its row until the transaction ends: concurrent changes wait their turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Page p where p.id = :id")
    Optional<Page> findForUpdate(@Param("id") Long id);

    boolean existsByExpireAtGreaterThanAndExpireAtLessThanEqual(Instant after, Instant atOrBefore);
}

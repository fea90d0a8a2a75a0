package fr.uphf.site.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MediaRepository extends JpaRepository<Media, Long> {

    Optional<Media> findBySlug(String slug);

    List<Media> findBySlugIn(Collection<String> slugs);

    boolean existsBySlugAndIdNot(String slug, long id);

    boolean existsBySlug(String slug);

    /** The media whose title, address or file name contains the words typed, accents and case aside. */
    @Query(value = """
            select * from media
            where strpos(unaccent(lower(title || ' ' || slug || ' ' || original_name || ' ' || alt_fr)),
                         unaccent(lower(:words))) > 0
            order by updated_at desc, id desc""", nativeQuery = true)
    List<Media> search(String words);

    List<Media> findAllByOrderByUpdatedAtDescIdDesc();
}

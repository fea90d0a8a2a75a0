package fr.uphf.site.translation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TranslationRepository extends JpaRepository<Translation, Long> {

    /** Every English text but the long Markdown bodies, which are read one page at a time. */
    @Query("select t from Translation t where t.field <> 'bodyMarkdown'")
    List<Translation> findAllShort();

    @Query("select t from Translation t where t.objectType = :type and t.objectId = :id")
    List<Translation> findByObject(@Param("type") String objectType, @Param("id") long objectId);

    @Query("select t from Translation t where t.objectType = :type and t.objectId = :id and t.field = :field")
    Optional<Translation> find(@Param("type") String objectType, @Param("id") long objectId, @Param("field") String field);

    List<Translation> findByHtmlIsNullAndField(String field);

    /** The rows of a table that have a translation of both of two fields. */
    @Query("select a.objectId from Translation a, Translation b where a.objectType = :type and b.objectType = :type"
            + " and a.objectId = b.objectId and a.field = :first and b.field = :second")
    Set<Long> idsTranslated(@Param("type") String objectType, @Param("first") String first, @Param("second") String second);
}

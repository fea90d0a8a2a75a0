package fr.uphf.site.translation;

import java.util.List;

import fr.uphf.site.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded site is wholly translated: every French text that has an English counterpart (the view
 * translatable_text) has an English text that translates it as it reads now, and every English page address is unique
 * within its area.
 */
@SiteTest
class TranslationCoverageTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySeededTextHasAnUpToDateTranslation() {
        List<String> untranslated = jdbc.sql("""
                select t.object_type || ' ' || t.object_id || ' ' || t.field
                       || case when x.id is null then ' (none)' else ' (outdated)' end
                from translatable_text t
                left join translation x on x.object_type = t.object_type and x.object_id = t.object_id
                                       and x.field = t.field and x.lang = 'en'
                where x.id is null or x.source_text <> t.french
                order by 1""").query(String.class).list();
        assertThat(untranslated).isEmpty();
        assertThat(jdbc.sql("select count(*) from translation").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from translatable_text").query(Long.class).single());
    }

    @Test
    void englishSlugsAreUniqueInTheirAreaAndWrittenAsSlugs() {
        List<String> slugs = jdbc.sql("""
                select p.area || '/' || t.text from translation t join page p on p.id = t.object_id
                where t.object_type = 'page' and t.field = 'slug'""").query(String.class).list();
        assertThat(slugs).doesNotHaveDuplicates().allMatch(slug -> slug.matches("[A-Z]+/[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void everyEnglishPageHasTheHtmlOfItsMarkdown() {
        assertThat(jdbc.sql("select count(*) from translation where field = 'bodyMarkdown' and html is null")
                .query(Long.class).single()).isZero();
    }
}

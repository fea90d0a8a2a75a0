package fr.uphf.site.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import fr.uphf.site.support.AtOnce;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import fr.uphf.site.translation.TranslationEditor.Overview;
import fr.uphf.site.translation.TranslationEditor.StaleTranslationException;
import fr.uphf.site.translation.TranslationEditor.Status;
import fr.uphf.site.translation.TranslationEditor.TranslatableObject;
import fr.uphf.site.translation.TranslationEditor.TranslatedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff's work on the English texts, against the seeded translations: the status of each object follows its French,
 * a save makes the saved fields translate the French as it reads now and writes the journal, marking up to date keeps
 * the English, and a save started from an older version (or older French), even at the same moment as another, is
 * refused with nothing lost. Each test works on its own rows of the class's database.
 */
@SiteTest
@WithMockUser(username = "traductrice", roles = "EDITOR")
class TranslationEditorTest {

    @Autowired
    TranslationEditor editor;

    @Autowired
    TranslationRepository translations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private long page(String area, String slug) {
        return jdbc.queryForObject("select id from page where area = ? and slug = ?", Long.class, area, slug);
    }

    private long campus(String slug) {
        return jdbc.queryForObject("select id from campus where slug = ?", Long.class, slug);
    }

    private static String render(String markdown) {
        return "<p>rendu : " + markdown + "</p>";
    }

    private TranslatableObject listed(Overview overview, String type, long id) {
        return overview.objects().stream().filter(object -> object.objectType().equals(type) && object.objectId() == id)
                .findFirst().orElseThrow();
    }

    private String journal(String column, long objectId) {
        return jdbc.queryForObject("select " + column + " from audit_log where object_type = 'traduction' and object_id = ?"
                + " order by id desc limit 1", String.class, objectId);
    }

    private TranslationForm typed(TranslatedObject object, Map<String, String> english) {
        TranslationForm stored = TranslationForm.of(object);
        Map<String, String> texts = new LinkedHashMap<>(stored.english());
        texts.putAll(english);
        return new TranslationForm(texts, stored.version(), stored.seen());
    }

    @Test
    void theStatusOfAnObjectFollowsItsFrenchAndItsTranslations() {
        long history = page("UNIVERSITE", "histoire");
        long cambrai = campus("cambrai");
        Overview before = editor.overview();
        assertThat(listed(before, "page", history)).satisfies(object -> {
            assertThat(object.status()).isEqualTo(Status.CURRENT);
            assertThat(object.kind()).isEqualTo("Page");
            assertThat(object.label()).isEqualTo(jdbc.queryForObject("select title from page where id = ?",
                    String.class, history));
        });
        assertThat(before.objects()).first().extracting(TranslatableObject::objectType).isEqualTo("page");

        jdbc.update("update page set body_markdown = body_markdown || E'\\n\\nUne phrase ajoutée à l’histoire.'"
                + " where id = ?", history);
        jdbc.update("delete from translation where object_type = 'campus' and object_id = ? and field = 'summary'",
                cambrai);

        Overview after = editor.overview();
        assertThat(listed(after, "page", history)).satisfies(object -> {
            assertThat(object.status()).isEqualTo(Status.OUTDATED);
            assertThat(object.outdated()).isEqualTo(1);
            assertThat(object.missing()).isZero();
        });
        assertThat(listed(after, "campus", cambrai)).satisfies(object -> {
            assertThat(object.status()).isEqualTo(Status.MISSING);
            assertThat(object.missing()).isEqualTo(1);
            assertThat(object.kind()).isEqualTo("Campus");
        });
        assertThat(after.outdated()).isEqualTo(before.outdated() + 1);
        assertThat(after.missing()).isEqualTo(before.missing() + 1);
        assertThat(after.having(Status.OUTDATED)).extracting(TranslatableObject::objectId).contains(history);
        assertThat(after.having(Status.MISSING)).extracting(TranslatableObject::objectId).contains(cambrai)
                .doesNotContain(history);
        assertThat(after.having(null)).hasSize(after.objects().size());

        TranslatedObject page = editor.object("page", history);
        assertThat(page.fields()).extracting(TranslationEditor.TranslatableField::field)
                .containsExactly("title", "slug", "description", "bodyMarkdown");
        assertThat(page.field("bodyMarkdown").status()).isEqualTo(Status.OUTDATED);
        assertThat(page.field("title").status()).isEqualTo(Status.CURRENT);
        TextDiff diff = page.field("bodyMarkdown").diff();
        assertThat(diff.lines()).filteredOn(line -> line.kind() == TextDiff.Kind.ADDED && !line.empty())
                .flatExtracting(TextDiff.Line::parts).extracting(TextDiff.Part::text)
                .containsExactly("Une phrase ajoutée à l’histoire.");
        assertThat(diff.lines()).noneMatch(line -> line.kind() == TextDiff.Kind.DELETED);
        assertThat(editor.object("campus", cambrai).field("summary").status()).isEqualTo(Status.MISSING);
    }

    @Test
    void savingMakesTheChangedFieldsTranslateTheFrenchNowAndWritesTheJournal() {
        long quality = page("UNIVERSITE", "qualite");
        jdbc.update("update page set title = title || ' (révisé)', description = description || ' Révisée.'"
                + " where id = ?", quality);
        TranslatedObject before = editor.object("page", quality);
        assertThat(before.field("title").status()).isEqualTo(Status.OUTDATED);
        assertThat(before.field("description").status()).isEqualTo(Status.OUTDATED);
        long version = before.field("bodyMarkdown").version();

        int saved = editor.save("page", quality, typed(before, Map.of(
                "title", "Quality (revised)",
                "bodyMarkdown", "## Quality\r\n\r\nA new English text.")), TranslationEditorTest::render);

        assertThat(saved).isEqualTo(2);
        TranslatedObject after = editor.object("page", quality);
        assertThat(after.field("title").english()).isEqualTo("Quality (revised)");
        assertThat(after.field("title").sourceText()).isEqualTo(after.field("title").french());
        assertThat(after.field("title").status()).isEqualTo(Status.CURRENT);
        assertThat(after.field("title").updatedBy()).isEqualTo("traductrice");
        assertThat(after.field("description").status()).as("left as it was: still outdated").isEqualTo(Status.OUTDATED);
        assertThat(after.field("bodyMarkdown").english()).isEqualTo("## Quality\n\nA new English text.");
        assertThat(after.field("bodyMarkdown").version()).isEqualTo(version + 1);
        assertThat(translations.find("page", quality, "bodyMarkdown").orElseThrow().getHtml())
                .isEqualTo(render("## Quality\n\nA new English text."));
        assertThat(after.status()).isEqualTo(Status.OUTDATED);

        assertThat(journal("action", quality)).isEqualTo("EDIT");
        assertThat(journal("username", quality)).isEqualTo("traductrice");
        assertThat(journal("object_label", quality)).isEqualTo("Page : " + after.label());

        assertThat(editor.save("page", quality, TranslationForm.of(after), TranslationEditorTest::render))
                .as("nothing changed, nothing saved").isZero();
    }

    @Test
    void aFirstTranslationIsCreatedForAFieldThatHadNone() {
        long arenberg = campus("arenberg");
        jdbc.update("delete from translation where object_type = 'campus' and object_id = ? and field = 'city'",
                arenberg);
        TranslatedObject before = editor.object("campus", arenberg);
        assertThat(before.field("city").status()).isEqualTo(Status.MISSING);
        assertThat(before.field("city").version()).isNull();

        editor.save("campus", arenberg, typed(before, Map.of("city", "Arenberg (en)")), TranslationEditorTest::render);

        TranslatedObject after = editor.object("campus", arenberg);
        assertThat(after.field("city").english()).isEqualTo("Arenberg (en)");
        assertThat(after.field("city").status()).isEqualTo(Status.CURRENT);
        assertThat(translations.find("campus", arenberg, "city").orElseThrow().getHtml()).isNull();
    }

    @Test
    void markingUpToDateKeepsTheEnglishAndTakesTheFrenchNow() {
        long rankings = page("UNIVERSITE", "classements");
        jdbc.update("update page set body_markdown = body_markdown || E'\\n\\nUn palmarès de plus.' where id = ?",
                rankings);
        TranslatedObject before = editor.object("page", rankings);
        assertThat(before.field("bodyMarkdown").status()).isEqualTo(Status.OUTDATED);
        String english = before.field("bodyMarkdown").english();
        String html = translations.find("page", rankings, "bodyMarkdown").orElseThrow().getHtml();

        int marked = editor.markCurrent("page", rankings, TranslationForm.of(before));

        assertThat(marked).isEqualTo(1);
        TranslatedObject after = editor.object("page", rankings);
        assertThat(after.status()).isEqualTo(Status.CURRENT);
        assertThat(after.field("bodyMarkdown").english()).isEqualTo(english);
        assertThat(after.field("bodyMarkdown").sourceText()).isEqualTo(after.field("bodyMarkdown").french());
        assertThat(translations.find("page", rankings, "bodyMarkdown").orElseThrow().getHtml()).isEqualTo(html);
        assertThat(journal("action", rankings)).isEqualTo("TRANSLATION_CURRENT");
        assertThat(editor.markCurrent("page", rankings, TranslationForm.of(after))).isZero();
    }

    @Test
    void aSaveFromAnOlderVersionOrOlderFrenchIsRefusedAndKeepsTheNewerText() {
        long cambrai = campus("cambrai");
        TranslatedObject shown = editor.object("campus", cambrai);
        TranslationForm first = typed(shown, Map.of("name", "Cambrai campus, first"));
        TranslationForm second = typed(shown, Map.of("name", "Cambrai campus, second"));

        editor.save("campus", cambrai, first, TranslationEditorTest::render);

        assertThatThrownBy(() -> editor.save("campus", cambrai, second, TranslationEditorTest::render))
                .isInstanceOfSatisfying(StaleTranslationException.class, stale -> {
                    assertThat(stale.changed()).containsExactly("name");
                    assertThat(stale.current().field("name").english()).isEqualTo("Cambrai campus, first");
                    assertThat(second.rebasedOn(stale.current()).english().get("name")).isEqualTo("Cambrai campus, second");
                });
        assertThatThrownBy(() -> editor.markCurrent("campus", cambrai, TranslationForm.of(shown)))
                .isInstanceOf(StaleTranslationException.class);
        assertThat(editor.object("campus", cambrai).field("name").english()).isEqualTo("Cambrai campus, first");

        TranslatedObject now = editor.object("campus", cambrai);
        jdbc.update("update campus set city = city || ' (Nord)' where id = ?", cambrai);
        assertThatThrownBy(() -> editor.save("campus", cambrai, typed(now, Map.of("city", "Cambrai, North")),
                TranslationEditorTest::render))
                .as("the French changed since the form was shown")
                .isInstanceOfSatisfying(StaleTranslationException.class,
                        stale -> assertThat(stale.changed()).containsExactly("city"));
        assertThat(editor.object("campus", cambrai).field("city").status()).isEqualTo(Status.OUTDATED);
    }

    @Test
    void twoSavesAtTheSameMomentGiveOneSaveAndOneRefusal() throws Exception {
        long maubeuge = campus("maubeuge");
        TranslatedObject shown = editor.object("campus", maubeuge);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        List<Callable<String>> saves = List.of("Maubeuge, by one", "Maubeuge, by the other").stream()
                .map(name -> (Callable<String>) () -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            new UsernamePasswordAuthenticationToken(authentication.getName(), null,
                                    authentication.getAuthorities()));
                    try {
                        editor.save("campus", maubeuge, typed(shown, Map.of("name", name)), TranslationEditorTest::render);
                        return "saved " + name;
                    } catch (StaleTranslationException stale) {
                        return "refused, stored: " + stale.current().field("name").english();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                })
                .toList();

        List<String> results = AtOnce.run(saves);

        String stored = editor.object("campus", maubeuge).field("name").english();
        assertThat(results).filteredOn(result -> result.startsWith("saved ")).hasSize(1)
                .containsExactly("saved " + stored);
        assertThat(results).filteredOn(result -> result.startsWith("refused")).containsExactly("refused, stored: " + stored);
    }

    @Test
    void anEnglishTextIsRequiredWhereTheFrenchHasOneAndAnEnglishAddressFollowsTheRules() {
        long history = page("UNIVERSITE", "histoire");
        TranslatedObject object = editor.object("page", history);
        String otherEnglishSlug = jdbc.queryForObject("""
                select t.text from translation t join page p on p.id = t.object_id
                where t.object_type = 'page' and t.field = 'slug' and p.area = 'UNIVERSITE' and p.id <> ?
                limit 1""", String.class, history);

        for (var attempt : List.of(
                Map.entry(Map.of("title", "  "), Map.of("english[title]", "admin.translations.blank")),
                Map.entry(Map.of("slug", "Our History"), Map.of("english[slug]", "admin.page.slug.pattern")),
                Map.entry(Map.of("slug", otherEnglishSlug), Map.of("english[slug]", "admin.translations.slug.taken")),
                Map.entry(Map.of("slug", "qualite"), Map.of("english[slug]", "admin.translations.slug.taken")),
                Map.entry(Map.of("slug", "our-history"), Map.<String, String>of()))) {
            TranslationForm form = typed(object, attempt.getKey());
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "translationForm");
            editor.check(object, form, errors);
            assertThat(errors.getFieldErrors()).as(attempt.getKey().toString())
                    .extracting(error -> Map.entry(error.getField(), error.getCode()))
                    .containsExactlyElementsOf(attempt.getValue().entrySet());
        }
    }

    @Test
    void aFormerEnglishAddressOfAPageLeadsToItsNewOneForGood() throws Exception {
        long disability = page("SERVICES", "handicap");
        for (String slug : List.of("students-with-disabilities", "accessibility-and-disability")) {
            TranslatedObject object = editor.object("page", disability);
            editor.save("page", disability, typed(object, Map.of("slug", slug)), TranslationEditorTest::render);
        }

        for (String former : List.of("disability", "students-with-disabilities")) {
            mvc.perform(get("/en/services/" + former).with(anonymous())).andExpect(status().isMovedPermanently())
                    .andExpect(redirectedUrl("/en/services/accessibility-and-disability"));
        }
        mvc.perform(get("/en/services/accessibility-and-disability").with(anonymous())).andExpect(status().isOk());

        TranslatedObject object = editor.object("page", disability);
        editor.save("page", disability, typed(object, Map.of("slug", "disability")), TranslationEditorTest::render);
        mvc.perform(get("/en/services/disability").with(anonymous())).andExpect(status().isOk());
        mvc.perform(get("/en/services/accessibility-and-disability").with(anonymous()))
                .andExpect(status().isMovedPermanently()).andExpect(redirectedUrl("/en/services/disability"));
    }

    @Test
    void onlyStaffReachTheTranslationScreens() throws Exception {
        mvc.perform(get("/admin/traductions").with(anonymous())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/admin/traductions").with(Staff.editor())).andExpect(status().isOk());
        mvc.perform(get("/admin/traductions/page/" + page("UNIVERSITE", "histoire")).with(Staff.admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/traductions/page/999999").with(Staff.editor())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/traductions/nothing/1").with(Staff.editor())).andExpect(status().isNotFound());
    }
}

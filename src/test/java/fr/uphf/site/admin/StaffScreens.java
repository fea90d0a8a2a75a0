package fr.uphf.site.admin;

import java.util.List;

import fr.uphf.site.media.MediaLibrary;
import fr.uphf.site.media.TestFiles;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff screens the browser checks go through (axe-core and the Nu Html Checker in {@link StaffBrowserTest}, the
 * presentation in {@link StaffPresentationTest}): a screen of each kind, the sign-in page first.
 */
public final class StaffScreens {

    private StaffScreens() {
    }

    /** Every kind of staff screen, on the seeded content and on a medium put into the library if it has none. */
    public static List<String> all(JdbcTemplate jdbc, MediaLibrary media) {
        long histoire = jdbc.queryForObject("select id from page where area = 'UNIVERSITE' and slug = 'histoire'", Long.class);
        long amount = jdbc.queryForObject("select id from grant_amount order by sort_order, id limit 1", Long.class);
        long campus = jdbc.queryForObject("select id from campus order by id limit 1", Long.class);
        long medium = jdbc.queryForList("select id from media order by id limit 1", Long.class).stream().findFirst()
                .orElseGet(() -> TestFiles.savedImage(media, "Plan du campus", "Plan du campus du Mont Houy",
                        "Map of the Mont Houy campus", false));
        return List.of("/connexion", "/admin", "/admin/pages", "/admin/pages/" + histoire,
                "/admin/pages/nouvelle?area=CAMPUS", "/admin/pages/" + histoire + "/revisions",
                "/admin/pages/" + histoire + "/apercu", "/admin/donnees", "/admin/donnees/montants-aides",
                "/admin/donnees/montants-aides/" + amount, "/admin/donnees/montants-aides/" + amount + "/revisions",
                "/admin/donnees/regles-orientation/nouveau",
                "/admin/donnees/regles-aides", "/admin/donnees/campus/" + campus, "/admin/donnees/annees-aides",
                "/admin/comptes", "/admin/journal",
                "/admin/pages/" + histoire + "/supprimer", "/admin/donnees/montants-aides/" + amount + "/supprimer",
                "/admin/corbeille", "/admin/corbeille/vider", "/admin/mon-compte", "/admin/plan",
                "/admin/medias", "/admin/medias/nouveau", "/admin/medias/" + medium, "/admin/medias/" + medium + "/supprimer",
                "/admin/traductions", "/admin/traductions/page/" + histoire);
    }
}

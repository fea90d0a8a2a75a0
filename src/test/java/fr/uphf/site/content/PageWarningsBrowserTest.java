package fr.uphf.site.content;

import java.util.List;

import fr.uphf.site.media.MediaLibrary;
import fr.uphf.site.media.TestFiles;
import fr.uphf.site.support.Browser;
import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.ScreenCheck;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page editor's accessibility warnings in a real browser, through the forms as rendered: a page typed with a
 * skipped heading level, an image visitors get no alternative of (described in the text, decorative in the library)
 * and a « cliquez ici » link is saved, and the form then names the three, as does the preview; once the heading, the
 * image (described in the media library) and the link are corrected, saving shows none.
 */
@RunningSiteTest
class PageWarningsBrowserTest {

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(1280, 1024);

    @RegisterExtension
    static final StaffAccount staff = StaffAccount.editor("relectrice", "un mot de passe pour relire");

    @LocalServerPort
    int port;

    @Autowired
    MediaLibrary media;

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void open(String path) {
        driver().get("http://localhost:" + port + path);
    }

    private void submit(WebElement button, String pathRegex) {
        Browser.submit(driver(), button, pathRegex);
    }

    private void type(String id, String text) {
        Browser.retype(driver(), id, text);
    }

    private List<String> warnings() {
        return driver().findElements(By.cssSelector("section.page-warnings[role=status] li")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void theEditorNamesEachProblemAfterSavingAndNoneOnceCorrected() throws Exception {
        long lake = TestFiles.savedImage(media, "Vue du lac", "", "", true);
        staff.signIn(driver());

        open("/admin/pages/nouvelle?area=EUNICE");
        assertThat(warnings()).isEmpty();
        type("title", "Semaine EUNICE");
        type("slug", "semaine-eunice");
        type("description", "Le programme de la semaine EUNICE.");
        type("bodyMarkdown", "## Programme\n\n#### Lundi\n\n![Le lac du Mont Houy, où a lieu l’accueil](/medias/vue-du-lac)\n\n"
                + "Pour vous inscrire, [cliquez ici](/eunice/partenaires).\n");
        submit(driver().findElement(By.cssSelector("button[value=DRAFT]")), "/admin/pages/\\d+");
        String edit = driver().getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");

        assertThat(driver().findElement(By.cssSelector(".flash")).getText()).isEqualTo("Page créée en brouillon.");
        assertThat(driver().findElement(By.id("page-warnings-heading")).getText())
                .isEqualTo("Accessibilité : 3 points à revoir");
        assertThat(warnings()).containsExactly(
                "Le titre « Lundi » est de niveau 4 juste après un niveau 2 : un niveau est sauté. Passez-le au niveau 3 (###).",
                "L’image /medias/vue-du-lac est marquée décorative dans la médiathèque : les visiteurs n’en ont aucun"
                        + " texte de remplacement, alors que le texte la décrit (« Le lac du Mont Houy, où a lieu l’accueil »)."
                        + " Si elle informe, décochez « Image décorative » et décrivez-la dans la médiathèque ; sinon,"
                        + " laissez ses crochets vides.",
                "Le lien « cliquez ici » (vers /eunice/partenaires) ne dit pas où il mène : écrivez sa destination dans le"
                        + " texte du lien.");
        new ScreenCheck().assertPasses(driver());

        submit(driver().findElement(By.cssSelector("button[value=PREVIEW]")), edit + "/apercu");
        assertThat(warnings()).hasSize(3);

        open("/admin/medias/" + lake);
        driver().findElement(By.cssSelector("input[type=checkbox][name=decorative]")).click();
        type("altFr", "Le lac du Mont Houy, où a lieu l’accueil");
        type("altEn", "The Mont Houy lake, where the welcome takes place");
        submit(driver().findElement(By.xpath("//main//button[normalize-space()='Enregistrer le média']")),
                "/admin/medias/\\d+");
        open(edit);
        assertThat(warnings()).hasSize(2);
        type("bodyMarkdown", "## Programme\n\n### Lundi\n\n![Le lac du Mont Houy, où a lieu l’accueil](/medias/vue-du-lac)\n\n"
                + "Pour vous inscrire, voyez [les universités partenaires](/eunice/partenaires).\n");
        submit(driver().findElement(By.cssSelector("button[value=DRAFT]")), edit);
        assertThat(driver().findElement(By.cssSelector(".flash")).getText()).isEqualTo("Brouillon enregistré.");
        assertThat(driver().findElements(By.cssSelector(".page-warnings"))).isEmpty();
        submit(driver().findElement(By.cssSelector("button[value=PREVIEW]")), edit + "/apercu");
        assertThat(driver().findElements(By.cssSelector(".page-warnings"))).isEmpty();
        assertThat(driver().findElement(By.cssSelector("main h3")).getText()).isEqualTo("Lundi");
        assertThat(driver().findElement(By.cssSelector("main picture img")).getAttribute("alt"))
                .isEqualTo("Le lac du Mont Houy, où a lieu l’accueil");
    }
}

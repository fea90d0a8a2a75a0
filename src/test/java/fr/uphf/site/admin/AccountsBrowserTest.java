package fr.uphf.site.admin;

import java.time.Duration;

import fr.uphf.site.content.PageRepository;
import fr.uphf.site.shared.Area;
import fr.uphf.site.support.Browser;
import fr.uphf.site.support.RunningSiteTest;
import fr.uphf.site.support.ScreenCheck;
import fr.uphf.site.support.Staff;
import fr.uphf.site.support.StaffAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts as staff live them, in two real browsers (Debian's headless Chromium), one for an administrator and one for
 * an editor, submitting only the forms the site renders: create an editor account, disable it while the editor is
 * writing, lock it with wrong passwords and unlock it, change one's own password, sign out, change a role; and the
 * audit log shows it.
 */
@RunningSiteTest
class AccountsBrowserTest {

    private static final String ADMIN = "gardienne";

    private static Browser administrator;
    private static Browser editor;

    @RegisterExtension
    static final StaffAccount guardian = StaffAccount.admin(ADMIN, "le mot de passe de la gardienne");

    @LocalServerPort
    int port;

    @Autowired
    PageRepository pages;

    @Autowired
    LoginProperties login;

    @BeforeAll
    static void startBrowsers() throws Exception {
        if (Browser.installed()) {
            administrator = Browser.start();
            editor = Browser.start();
        }
    }

    @AfterAll
    static void stopBrowsers() throws Exception {
        for (Browser browser : new Browser[] {administrator, editor}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @BeforeEach
    void needsTheBrowsers() {
        Browser.assumeInstalled();
    }

    private ChromeDriver admin() {
        return administrator.driver();
    }

    private ChromeDriver editor() {
        return editor.driver();
    }

    private void open(ChromeDriver driver, String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static String path(ChromeDriver driver) {
        return driver.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
    }

    private static void waitForPath(ChromeDriver driver, String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path(driver).equals(path));
    }

    /** Clicks and waits for the next page to replace this one, then for its address: it may be the same address. */
    private static void clickAndWait(ChromeDriver driver, WebElement element, String path) {
        Browser.clickAndWaitForNextPage(driver, element);
        waitForPath(driver, path);
    }

    private static String text(ChromeDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Types a username and a password with the keyboard only (type, Tab, type, Enter), in a fresh session. */
    private void typeSignIn(ChromeDriver driver, String username, String password) {
        driver.manage().deleteAllCookies();
        open(driver, "/connexion");
        WebElement field = driver.findElement(By.id("username"));
        field.clear();
        field.sendKeys(username);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(password, Keys.ENTER);
    }

    /** The administrator fills « Créer un compte » for an editor. */
    private void createEditor(String username, String password) {
        open(admin(), "/admin/comptes");
        WebElement form = admin().findElement(By.cssSelector("form[action='/admin/comptes']"));
        form.findElement(By.id("username")).sendKeys(username);
        new Select(form.findElement(By.id("role"))).selectByVisibleText("Éditeur");
        form.findElement(By.id("password")).sendKeys(password);
        clickAndWait(admin(), form.findElement(By.cssSelector("button[type=submit]")), "/admin/comptes");
        assertThat(text(admin(), ".flash-ok")).isEqualTo("Compte créé.");
        assertThat(admin().findElements(By.xpath("//tbody/tr/th[text()='" + username + "']"))).hasSize(1);
    }

    /** Clicks the button labelled « action name » on the accounts page, and returns the confirmation shown. */
    private String clickOnAccounts(String label) {
        open(admin(), "/admin/comptes");
        clickAndWait(admin(), admin().findElement(By.cssSelector("button[aria-label='" + label + "']")),
                "/admin/comptes");
        return text(admin(), ".flash-ok");
    }

    /** The administrator filters the journal on one person with its form, and reads the actions and objects. */
    private String journalOf(String username) {
        open(admin(), "/admin/journal");
        admin().findElement(By.id("utilisateur")).sendKeys(username);
        admin().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(admin(), Duration.ofSeconds(10)).until(d -> path(admin()).contains("utilisateur="));
        return text(admin(), "table tbody");
    }

    @Test
    void aDisabledEditorIsSignedOutAndTheirNextSaveIsRefused() {
        guardian.signIn(admin());
        createEditor("redacteur-desactive", "le mot de passe du redacteur");

        Staff.signIn(editor(), port, "redacteur-desactive", "le mot de passe du redacteur");
        open(editor(), "/admin/pages/nouvelle?area=CAMPUS");
        editor().findElement(By.id("title")).sendKeys("Écrit par un compte désactivé");
        editor().findElement(By.id("slug")).sendKeys("ecrit-par-un-compte-desactive");
        editor().findElement(By.id("description")).sendKeys("Ne doit jamais être enregistré.");
        editor().findElement(By.id("bodyMarkdown")).sendKeys("Un texte.");

        assertThat(clickOnAccounts("Désactiver redacteur-desactive")).isEqualTo("Compte désactivé.");

        editor().findElement(By.cssSelector("button[value=DRAFT]")).click();
        waitForPath(editor(), "/connexion?expire");
        assertThat(text(editor(), ".flash-error")).startsWith("Votre session a pris fin");
        assertThat(pages.findByAreaAndSlug(Area.CAMPUS, "ecrit-par-un-compte-desactive")).isEmpty();
        open(editor(), "/admin");
        waitForPath(editor(), "/connexion");

        typeSignIn(editor(), "redacteur-desactive", "le mot de passe du redacteur");
        waitForPath(editor(), "/connexion?erreur");

        assertThat(clickOnAccounts("Réactiver redacteur-desactive")).isEqualTo("Compte réactivé.");
        Staff.signIn(editor(), port, "redacteur-desactive", "le mot de passe du redacteur");

        assertThat(journalOf(ADMIN)).contains("Création", "redacteur-desactive (Éditeur)",
                "Désactivation de compte", "Activation de compte");
    }

    @Test
    void anEditorLockedOutByWrongPasswordsIsUnlockedByAnAdministrator() throws Exception {
        guardian.signIn(admin());
        createEditor("redacteur-bloque", "le mot de passe du redacteur");

        for (int attempt = 1; attempt <= login.maxFailures(); attempt++) {
            typeSignIn(editor(), "redacteur-bloque", "pas le bon " + attempt);
            waitForPath(editor(), "/connexion?erreur");
            assertThat(text(editor(), ".flash-error")).isEqualTo("Identifiant ou mot de passe incorrect.");
            assertThat(editor().findElement(By.id("username")).getDomProperty("value")).isEqualTo("redacteur-bloque");
        }
        typeSignIn(editor(), "redacteur-bloque", "le mot de passe du redacteur");
        new WebDriverWait(editor(), Duration.ofSeconds(10)).until(d -> path(editor()).startsWith("/connexion?bloque="));
        assertThat(text(editor(), ".flash-error")).startsWith("Trop de tentatives de connexion échouées");

        open(admin(), "/admin/comptes");
        assertThat(text(admin(), "#verrous")).contains("Compte redacteur-bloque");
        new ScreenCheck().assertPasses(admin());
        assertThat(clickOnAccounts("Débloquer redacteur-bloque")).isEqualTo("Connexion débloquée.");
        assertThat(admin().findElements(By.xpath("//table[@id='verrous']//th[contains(., 'redacteur-bloque')]"))).isEmpty();

        Staff.signIn(editor(), port, "redacteur-bloque", "le mot de passe du redacteur");
        assertThat(journalOf(ADMIN)).contains("Déblocage de connexion", "compte redacteur-bloque");
        assertThat(journalOf("redacteur-bloque")).contains("Connexion échouée", "Connexion refusée");
    }

    @Test
    void anEditorChangesTheirOwnPasswordSignsOutAndSignsInWithTheNewOne() {
        guardian.signIn(admin());
        createEditor("redacteur-autonome", "le mot de passe de départ");
        Staff.signIn(editor(), port, "redacteur-autonome", "le mot de passe de départ");

        editor().findElement(By.linkText("Mon compte")).click();
        waitForPath(editor(), "/admin/mon-compte");
        editor().findElement(By.id("current")).sendKeys("le mot de passe de départ");
        editor().findElement(By.id("newPassword")).sendKeys("un mot de passe choisi");
        editor().findElement(By.id("confirmation")).sendKeys("un mot de passe choisi");
        clickAndWait(editor(), editor().findElement(By.cssSelector("main button[type=submit]")), "/admin/mon-compte");
        assertThat(text(editor(), ".flash-ok")).startsWith("Mot de passe changé.");

        editor().findElement(By.cssSelector("form[action='/deconnexion'] button")).click();
        waitForPath(editor(), "/connexion?deconnecte");
        assertThat(text(editor(), ".flash-ok")).isEqualTo("Vous êtes déconnecté.");
        open(editor(), "/admin");
        waitForPath(editor(), "/connexion");

        typeSignIn(editor(), "redacteur-autonome", "le mot de passe de départ");
        waitForPath(editor(), "/connexion?erreur");
        Staff.signIn(editor(), port, "redacteur-autonome", "un mot de passe choisi");
        assertThat(journalOf("redacteur-autonome")).contains("Changement de son propre mot de passe");
    }

    @Test
    void anEditorRefusedAnAdministratorsScreenStaysInTheAdminUntilMadeAnAdministrator() throws Exception {
        guardian.signIn(admin());
        createEditor("redacteur-curieux", "le mot de passe du redacteur");
        Staff.signIn(editor(), port, "redacteur-curieux", "le mot de passe du redacteur");

        open(editor(), "/admin/comptes");
        assertThat(text(editor(), "h1")).isEqualTo("Accès refusé");
        assertThat(editor().findElements(By.linkText("Mon compte"))).hasSize(1);
        new ScreenCheck().assertPasses(editor());
        editor().findElement(By.linkText("Retour au tableau de bord")).click();
        waitForPath(editor(), "/admin");

        open(admin(), "/admin/comptes");
        new Select(admin().findElement(By.xpath("//label[text()='Rôle de redacteur-curieux']/following-sibling::select")))
                .selectByVisibleText("Administrateur");
        WebElement changeRole = admin().findElement(
                By.xpath("//label[text()='Rôle de redacteur-curieux']/following-sibling::button"));
        clickAndWait(admin(), changeRole, "/admin/comptes");
        assertThat(text(admin(), ".flash-ok")).startsWith("Rôle changé");

        open(editor(), "/admin");
        waitForPath(editor(), "/connexion?expire");
        Staff.signIn(editor(), port, "redacteur-curieux", "le mot de passe du redacteur");
        open(editor(), "/admin/comptes");
        assertThat(text(editor(), "h1")).isEqualTo("Comptes");
        assertThat(journalOf(ADMIN)).contains("Changement de rôle", "redacteur-curieux : Administrateur");
        assertThat(editor.consoleMessages()).as("icon or Content-Security-Policy complaints")
                .filteredOn(message -> message.contains("favicon") || message.contains("Content Security Policy"))
                .isEmpty();
    }
}

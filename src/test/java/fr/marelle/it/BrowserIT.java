package fr.marelle.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent in a real browser: registers, reads the activation mail, activates, signs in and out;
 * then gets locked out after five wrong passwords. Pages are checked with axe-core on the way.
 */
class BrowserIT extends PortalITBase {

    private static final String PASSWORD = "Bonjour-Marelle-42";

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Browser.assumeInstalled();
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aParentRegistersActivatesSignsInAndOut() {
        String email = "lea." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";

        browser.open("/register.xhtml");
        assertEquals("Créer un compte", browser.heading());
        browser.assertAccessible("the registration page");

        // an empty form: every rule is explained next to its field, nothing is created
        browser.submit("submit");
        assertTrue(browser.text().contains("Le formulaire contient"), browser.text());
        assertEquals("Vous devez accepter les conditions générales d’utilisation.", browser.find("termsAccepted-error").getText());
        assertEquals("true", browser.find("email").getAttribute("aria-invalid"));
        browser.assertAccessible("the registration page with errors");

        browser.type("firstName", "Léa");
        browser.type("lastName", "Moreau");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.find("termsAccepted").click();
        browser.submit("submit");
        assertEquals("Vérifiez votre messagerie", browser.heading());

        Mailbox.Mail activation = Mailbox.await(email, 1).get(0);
        assertTrue(activation.subject().contains("activez votre compte"), activation.subject());
        String link = activation.link(ItEnvironment.baseUrl() + "/activate.xhtml?token=");

        // signing in before activation is refused with the reason
        signIn(email, PASSWORD);
        assertTrue(browser.text().contains("n’est pas encore activé"), browser.text());

        browser.driver.get(link);
        browser.submit("submit");
        assertTrue(browser.text().contains("Votre compte est activé"), browser.text());

        // the link works once
        browser.driver.get(link);
        browser.submit("submit");
        assertTrue(browser.text().contains("Ce lien a déjà été utilisé"), browser.text());

        browser.open("/login.xhtml");
        browser.assertAccessible("the login page");
        String sessionBefore = browser.sessionCookie();
        signIn(email, PASSWORD);
        assertEquals("/parent/home.xhtml", browser.path());
        assertEquals("Mon espace famille", browser.heading());
        assertTrue(browser.text().contains(email));
        assertNotNull(browser.sessionCookie());
        assertNotEquals(sessionBefore, browser.sessionCookie(), "the session id is renewed at login");
        browser.assertAccessible("the parent home page");

        // the session cookie is HttpOnly and SameSite
        Cookie cookie = browser.driver.manage().getCookieNamed("MARELLE_SESSION");
        assertTrue(cookie.isHttpOnly());
        assertEquals("Lax", cookie.getSameSite());

        // a parent may not open staff pages
        browser.open("/admin/accounts.xhtml");
        assertEquals("Accès refusé", browser.heading());

        browser.open("/parent/home.xhtml");
        browser.submit("logoutButton");
        assertTrue(browser.path().startsWith("/login.xhtml"));
        assertTrue(browser.text().contains("Vous êtes déconnecté."));
        browser.open("/parent/home.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml?next="), browser.path());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountFor15MinutesAndWarnItsOwner() {
        String email = "marc." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        var created = Api.postJson("/api/v1/accounts", "{\"firstName\":\"Marc\",\"lastName\":\"Petit\",\"email\":\""
                + email + "\",\"password\":\"" + PASSWORD + "\",\"termsAccepted\":true}");
        assertEquals(201, created.statusCode(), created.body());
        String link = Mailbox.await(email, 1).get(0).link(ItEnvironment.baseUrl() + "/activate.xhtml?token=");
        browser.driver.get(link);
        browser.submit("submit");

        browser.open("/login.xhtml");
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(email, "Mauvais-mot-2-passe");
            assertTrue(browser.text().contains("Adresse e-mail ou mot de passe incorrect."), "attempt " + attempt);
        }
        signIn(email, "Mauvais-mot-2-passe");
        assertTrue(browser.text().contains("la connexion est bloquée pendant 15 minutes"), browser.text());

        // even the right password is refused now
        signIn(email, PASSWORD);
        assertTrue(browser.text().contains("la connexion est bloquée pendant 15 minutes"), browser.text());
        assertEquals("/login.xhtml", browser.path().replaceAll("[;?].*", ""));

        List<Mailbox.Mail> mails = Mailbox.await(email, 2);
        assertTrue(mails.get(1).subject().contains("connexion bloquée"), mails.get(1).subject());
    }

    @Test
    void theLanguageSwitchShowsThePortalInEnglish() {
        browser.open("/login.xhtml");
        browser.submit("switchToEnglish");
        assertEquals("Sign in", browser.heading());
        assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        browser.submit("switchToFrench");
        assertEquals("Connexion", browser.heading());
        assertFalse(browser.text().contains("Sign in"));
    }

    private static void signIn(String email, String password) {
        if (!browser.path().startsWith("/login.xhtml")) {
            browser.open("/login.xhtml");
        }
        browser.type("email", email);
        browser.type("password", password);
        browser.submit("submit");
    }
}

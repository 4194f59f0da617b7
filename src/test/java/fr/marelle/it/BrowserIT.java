package fr.marelle.it;

import org.junit.jupiter.api.BeforeEach;
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
class BrowserIT extends BrowserITBase {

    private static final String PASSWORD = "Bonjour-Marelle-42";

    @BeforeEach
    void startAsAVisitor() {
        browser.open("/index.xhtml");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void aParentRegistersActivatesSignsInAndOut() {
        String email = "lea." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";

        browser.open("/register.xhtml");
        assertEquals("Créer un compte", browser.heading());
        browser.assertAccessible("the registration page");

        // an empty form: every rule is explained next to its field and in a summary that takes the focus
        browser.submit("submit");
        assertTrue(browser.find("errorSummary").getText().contains("Le formulaire contient 5 erreurs"), browser.text());
        assertEquals("errorSummary", browser.focused(), "the focus moves to the summary");
        assertEquals(1, browser.find("errorSummary").findElements(org.openqa.selenium.By.cssSelector("a[href='#email']")).size());
        assertEquals("Vous devez accepter les conditions générales d’utilisation.", browser.find("termsAccepted-error").getText());
        assertEquals("true", browser.find("email").getAttribute("aria-invalid"));
        browser.assertAccessible("the registration page with errors");

        // a weak password is told everything it lacks at once, and what was typed stays
        browser.type("firstName", "Léa");
        browser.type("lastName", "Moreau");
        browser.type("email", email);
        browser.type("password", "motdepasse");
        assertEquals(1, browser.driver.findElements(org.openqa.selenium.By.cssSelector("#password-hint li.is-met")).size(),
                "the checklist ticks the rules met as one types: only the lower case");
        browser.submit("submit");
        String refused = browser.find("password-error").getText();
        assertTrue(refused.contains("au moins 12 caractères") && refused.contains("majuscule") && refused.contains("chiffre")
                && refused.contains("caractère spécial"), refused);
        assertEquals("Moreau", browser.find("lastName").getAttribute("value"));
        assertEquals("motdepasse", browser.find("password").getAttribute("value"), "the password comes back to be corrected");
        browser.type("password", PASSWORD);
        assertEquals(5, browser.driver.findElements(org.openqa.selenium.By.cssSelector("#password-hint li.is-met")).size());
        browser.find("termsAccepted").click();
        browser.submit("submit");
        assertEquals("Vérifiez votre messagerie", browser.heading());

        Mailbox.Mail activation = Mailbox.await(email, 1).get(0);
        assertTrue(activation.subject().contains("activez votre compte"), activation.subject());
        String link = activation.link(ItEnvironment.baseUrl() + "/activate.xhtml?token=");

        // signing in before activation is refused with the reason
        signIn(email, PASSWORD);
        assertTrue(browser.text().contains("n’est pas encore activé"), browser.text());

        // the link activates at once in a browser, then offers to sign in with the address filled in
        browser.driver.get(link);
        browser.waitForText("Votre compte est activé");
        assertTrue(browser.find("toLogin").getAttribute("href").contains("/login.xhtml?email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)), browser.find("toLogin").getAttribute("href"));

        // the link works once
        browser.driver.get(link);
        browser.waitForText("Ce lien a déjà été utilisé");
        browser.open("/login.xhtml?email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(email, browser.find("email").getAttribute("value"));
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
        registerAndActivate(email, "Marc");

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

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLink() {
        String email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        registerAndActivate(email, "Ines");

        browser.open("/password-forgotten.xhtml");
        browser.type("email", email);
        browser.submit("submit");
        assertTrue(browser.text().contains("Si un compte existe avec cette adresse"), browser.text());
        String link = Mailbox.await(email, 2).get(1).link(ItEnvironment.baseUrl() + "/password-reset.xhtml?token=");

        browser.driver.get(link);
        browser.type("password", "court");
        browser.submit("submit");
        assertTrue(browser.find("password-error").getText().contains("au moins 12 caractères"));
        browser.type("password", "Nouveau-Secret-2027");
        browser.submit("submit");
        assertTrue(browser.text().contains("Votre mot de passe est enregistré"), browser.text());

        signIn(email, PASSWORD);
        assertTrue(browser.text().contains("Adresse e-mail ou mot de passe incorrect."));
        signIn(email, "Nouveau-Secret-2027");
        assertEquals("/parent/home.xhtml", browser.path());
        assertTrue(Mailbox.await(email, 3).get(2).subject().contains("mot de passe a été modifié"));

        // the reset link works once
        browser.driver.get(link);
        assertTrue(browser.text().contains("Ce lien a déjà été utilisé"), browser.text());
    }

    @Test
    void anAdministratorCreatesAStaffAccountAndLaterDeactivatesIt() {
        String email = "agent." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        assertEquals("/admin/home.xhtml", browser.path());

        browser.open("/admin/accounts.xhtml");
        browser.type("firstName", "Nadia");
        browser.type("lastName", "Garnier");
        browser.type("email", email);
        browser.driver.findElement(By.cssSelector("input[name='roles'][value='AGENT']")).click();
        browser.submit("createButton");
        assertTrue(browser.text().contains("Le compte " + email + " est créé"), browser.text());
        browser.submit("logoutButton");

        String link = Mailbox.await(email, 1).get(0).link(ItEnvironment.baseUrl() + "/invitation.xhtml?token=");
        browser.driver.get(link);
        browser.type("password", "Agent-Garnier-2026");
        browser.submit("submit");
        assertEquals("Vous devez accepter les conditions générales d’utilisation.",
                browser.find("termsAccepted-error").getText());
        browser.type("password", "Agent-Garnier-2026");
        browser.find("termsAccepted").click();
        browser.submit("submit");
        assertTrue(browser.text().contains("Votre compte est activé"), browser.text());

        signIn(email, "Agent-Garnier-2026");
        assertEquals("/staff/home.xhtml", browser.path());
        browser.submit("logoutButton");

        signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/admin/accounts.xhtml");
        browser.type("query", email);
        browser.submit("searchButton");
        browser.submit(browser.driver.findElement(By.cssSelector("input[aria-label='Désactiver – " + email + "']")));
        assertTrue(browser.text().contains("Le compte est désactivé"), browser.text());
        browser.open("/admin/audit.xhtml?action=ACCOUNT_DEACTIVATED");
        assertTrue(browser.text().contains("admin@example.org"), browser.text());
        assertTrue(browser.text().contains("\"DEACTIVATED\""), browser.text());
        browser.submit("logoutButton");

        signIn(email, "Agent-Garnier-2026");
        assertTrue(browser.text().contains("Ce compte est désactivé."), browser.text());
    }

    @Test
    void everyPageOfTheFoundationPassesAxe() {
        for (String page : List.of("/index.xhtml", "/terms.xhtml", "/accessibility.xhtml", "/password-forgotten.xhtml",
                "/password-reset.xhtml?token=unknown", "/activate.xhtml?token=unknown", "/no-such-page.xhtml")) {
            browser.open(page);
            browser.assertAccessible(page);
        }
        signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        for (String page : List.of("/admin/home.xhtml", "/admin/accounts.xhtml", "/admin/audit.xhtml",
                "/admin/outbox.xhtml", "/staff/home.xhtml", "/staff/accounts.xhtml", "/finance/home.xhtml",
                "/account/password.xhtml")) {
            browser.open(page);
            browser.assertAccessible(page);
        }
        browser.open("/staff/accounts.xhtml");
        browser.type("query", "example.org");
        browser.submit("searchButton");
        browser.assertAccessible("the counter search results");
    }

    /** A parent account made through the API and activated through the mailed link. */
    private static void registerAndActivate(String email, String firstName) {
        var created = Api.postJson("/api/v1/accounts", "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Petit\",\"email\":\""
                + email + "\",\"password\":\"" + PASSWORD + "\",\"termsAccepted\":true}");
        assertEquals(201, created.statusCode(), created.body());
        browser.driver.get(Mailbox.await(email, 1).get(0).link(ItEnvironment.baseUrl() + "/activate.xhtml?token="));
        browser.waitForText("Votre compte est activé");
    }
}

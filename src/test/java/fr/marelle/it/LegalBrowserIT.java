package fr.marelle.it;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legal pages in Chromium: reached through the footer of a public and of a signed-in page,
 * each passing axe-core without a Content-Security-Policy violation, in French and in English;
 * and the administrator's form of the legal information on "Réglages de la commune".
 */
class LegalBrowserIT extends BrowserITBase {

    /** Footer link id and the heading of the page it opens, in French then in English. */
    private static final Map<String, List<String>> LINKS = Map.of(
            "footerLegalNotice", List.of("Mentions légales", "Legal notice"),
            "footerPrivacy", List.of("Données personnelles", "Personal data"),
            "footerCookies", List.of("Cookies", "Cookies"),
            "footerAccessibility", List.of("Déclaration d’accessibilité", "Accessibility statement"),
            "footerTerms", List.of("Conditions générales d’utilisation", "Terms of use"),
            "footerContact", List.of("Contact", "Contact"));

    private static void followEveryFooterLink(String from, int language) {
        for (var link : LINKS.entrySet()) {
            browser.open(from);
            browser.submit(link.getKey());
            assertEquals(link.getValue().get(language), browser.heading(), link.getKey() + " from " + from);
            browser.assertAccessible(browser.path());
            browser.assertNoCspViolation("on " + browser.path());
        }
    }

    @Test
    void everyLegalPageIsReachedFromTheFooterSignedInOrNotInBothLanguagesAndPassesAxe() {
        browser.open("/index.xhtml");
        browser.driver.manage().deleteAllCookies();
        followEveryFooterLink("/index.xhtml", 0);
        assertTrue(browser.text().contains("Accessibilité : "), browser.text());

        browser.open("/index.xhtml");
        browser.submit("switchToEnglish");
        followEveryFooterLink("/login.xhtml", 1);
        browser.submit("switchToFrench");

        signIn("parent@example.org", ItEnvironment.DEMO_PASSWORD);
        followEveryFooterLink("/parent/home.xhtml", 0);
        browser.open("/parent/home.xhtml");
        browser.submit("logoutButton");
    }

    @Test
    void theAdministratorFillsTheLegalInformationOnTheTownSettingsPage() {
        String admin = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        jakarta.json.JsonObject before = Api.json(Api.get("/api/v1/admin/settings/legal", "Authorization", admin));
        try {
            signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
            browser.open("/admin/settings.xhtml");
            browser.assertAccessible("the town settings page with the legal information");
            // a wrong phone (the browser itself stops a malformed e-mail in its type="email" field)
            browser.type("supportPhone", "12");
            browser.submit("saveLegal");
            assertTrue(browser.find("supportPhone-error").getText().contains("Ce numéro de téléphone n’est pas valide"),
                    browser.text());
            browser.assertAccessible("the legal form with an error");
            browser.type("supportPhone", "02 41 00 00 01");
            browser.type("supportEmail", "accueil-navigateur@example.org");
            browser.type("supportHours", "le jeudi de 14 h à 16 h");
            browser.submit("saveLegal");
            assertTrue(browser.text().contains("Informations légales enregistrées."), browser.text());
            browser.assertNoCspViolation("after saving the legal information");
            browser.open("/contact.xhtml");
            assertTrue(browser.text().contains("accueil-navigateur@example.org"), browser.text());
            assertTrue(browser.text().contains("le jeudi de 14 h à 16 h"), browser.text());
            browser.submit("logoutButton");
        } finally {
            jakarta.json.JsonObjectBuilder back = jakarta.json.Json.createObjectBuilder();
            before.forEach((k, v) -> {
                if (v.getValueType() == jakarta.json.JsonValue.ValueType.STRING && !"accessibilityStatus".equals(k)) {
                    back.add(k, v);
                }
            });
            var restored = Api.send(Api.request("/api/v1/admin/settings/legal").header("Authorization", admin)
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(back.build().toString())));
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }
}

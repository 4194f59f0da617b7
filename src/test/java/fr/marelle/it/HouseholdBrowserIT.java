package fr.marelle.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The household file in a real browser: a parent adds a child with a pick-up person and uploads a
 * family-quotient proof; an agent accepts it from the validation queue; the parent then sees the
 * accepted quotient and the history; famille312 gives a civility and moves abroad. Every household page is
 * checked with axe-core.
 */
class HouseholdBrowserIT extends BrowserITBase {

    private static final String PARENT = "famille3@example.net";

    @Test
    void aParentAddsAChildAndAPickUpPersonUploadsTheQuotientAndTheAgentAcceptsIt() throws Exception {
        signIn(PARENT);
        browser.open("/parent/household.xhtml");
        assertEquals("Mon foyer", browser.heading());
        browser.assertAccessible("the household page");

        // a bad phone is refused on its field
        browser.type("phone", "12");
        browser.submit("saveHousehold");
        assertTrue(browser.find("phone-error").getText().contains("numéro"), browser.text());
        browser.type("phone", "06 55 44 33 22");
        browser.submit("saveHousehold");
        assertTrue(browser.text().contains("Le dossier du foyer est enregistré."), browser.text());

        browser.open("/parent/children.xhtml");
        browser.assertAccessible("the children page");
        browser.submit("addChild");
        assertEquals("Nouvel enfant", browser.heading());
        browser.assertAccessible("the new child form");
        browser.type("firstName", "Capucine");
        browser.type("lastName", "Testeuse");
        setDate("birthDate", "2099-01-01");
        browser.submit("saveChild");
        assertTrue(browser.find("birthDate-error").getText().contains("futur"), browser.text());
        browser.assertAccessible("the child form with errors");
        setDate("birthDate", "2019-05-04");
        browser.submit("saveChild");
        assertEquals("Capucine Testeuse", browser.heading());

        browser.type("p-firstName", "Mamie");
        browser.type("p-lastName", "Testeuse");
        browser.type("p-relation", "grand-mère");
        browser.type("p-phone", "06 98 76 54 32");
        browser.submit("addPickup");
        assertTrue(browser.text().contains("Mamie Testeuse"), browser.text());
        assertTrue(browser.text().contains("06 98 76 54 32"), browser.text());
        browser.assertAccessible("the child page with its pick-up persons");

        browser.open("/parent/quotient.xhtml");
        assertTrue(browser.find("validQuotient").getText().contains("tarif le plus élevé"), browser.text());
        // a quotient for the calendar year of the portal's today, which it covers once accepted
        String validFrom = ItEnvironment.today().withDayOfYear(1).toString();
        String validTo = ItEnvironment.today().withMonth(12).withDayOfMonth(31).toString();
        browser.assertAccessible("the quotient page");
        Path exe = Files.createTempFile("programme", ".pdf");
        Files.write(exe, new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0});
        browser.type("amount", "910");
        setDate("validFrom", validFrom);
        setDate("validTo", validTo);
        browser.find("proof").sendKeys(exe.toAbsolutePath().toString());
        browser.submit("submitQuotient");
        assertTrue(browser.find("proof-error").getText().contains("PDF"), browser.text());

        Path pdf = Files.createTempFile("attestation-caf", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.type("amount", "910");
        setDate("validFrom", validFrom);
        setDate("validTo", validTo);
        browser.find("proof").sendKeys(pdf.toAbsolutePath().toString());
        browser.submit("submitQuotient");
        assertTrue(browser.text().contains("En attente de validation"), browser.text());
        long quotientId = pendingQuotientOf(PARENT);

        browser.submit("logoutButton");
        signIn("agent@example.org");
        browser.open("/staff/households.xhtml");
        browser.assertAccessible("the staff households page");
        browser.type("query", "CAPUCINE testeuse");
        browser.submit("searchButton");
        assertTrue(browser.text().contains("Capucine"), browser.text());

        browser.open("/staff/quotients.xhtml");
        browser.assertAccessible("the validation queue");
        browser.type("message-" + quotientId, "Attestation conforme.");
        browser.submit("accept-" + quotientId);
        assertTrue(browser.text().contains("Quotient validé"), browser.text());
        assertTrue(Mailbox.await(PARENT, 1).get(0).body().contains("910"));

        browser.submit("logoutButton");
        signIn(PARENT);
        browser.open("/parent/quotient.xhtml");
        assertTrue(browser.find("validQuotient").getText().contains("910"), browser.text());
        browser.open("/parent/history.xhtml");
        browser.assertAccessible("the history page");
        String history = browser.find("history").getText();
        assertTrue(history.contains("Ajout d’un enfant"), history);
        assertTrue(history.contains("Mamie Testeuse (Capucine)"), history);
        assertTrue(history.contains("Validé"), history);
        browser.submit("logoutButton");
    }

    @Test
    void theAgentOpensAHouseholdAtTheCounterLinksAChildOfAnotherAndEditsItsFileAndTheTownsPostcodesMakeItResident()
            throws Exception {
        String admin = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        String original = Api.json(Api.get("/api/v1/admin/settings/resident-postcodes", "Authorization", admin))
                .getJsonArray("postcodes").toString();
        try {
            // the administrator adds a postcode to the town; a wrong one is refused on its field
            signIn("admin@example.org");
            browser.open("/admin/settings.xhtml");
            assertEquals("Réglages de la commune", browser.heading());
            browser.assertAccessible("the town postcodes page");
            browser.type("postcodes", "49000\n49100\n4928");
            browser.submit("savePostcodes");
            assertTrue(browser.find("postcodes-error").getText().contains("« 4928 »"), browser.text());
            browser.type("postcodes", "49000, 49100, 49280");
            browser.submit("savePostcodes");
            assertTrue(browser.find("currentPostcodes").getText().contains("49280"), browser.text());
            browser.open("/admin/audit.xhtml?action=RESIDENT_POSTCODES_CHANGED");
            assertTrue(browser.text().contains("49280"), browser.text());
            browser.submit("logoutButton");

            // the agent opens a household at the counter with its parent account: resident by its postcode
            String email = "comptoir." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
            signIn("agent@example.org");
            browser.open("/staff/households.xhtml");
            browser.type("firstName", "Élise");
            browser.type("lastName", "Comptoir-Aubépine");
            browser.type("email", email);
            browser.type("addressLine1", "3 place de la Mairie");
            browser.type("postcode", "49280");
            browser.type("city", "Marelle-Village");
            browser.type("phone", "06 11 22 33 44");
            browser.submit("createButton");
            assertTrue(browser.text().contains("Foyer créé ; invitation envoyée à " + email), browser.text());
            assertTrue(browser.find("residenceFact").getText().contains("Résident de la commune"), browser.text());
            browser.assertAccessible("the staff household page");
            String invitation = Mailbox.await(email, 1).get(0).link(ItEnvironment.baseUrl() + "/invitation.xhtml?token=");

            // a child of another household (famille281, French) is linked to this one: alternating custody
            Child shared = firstChildOf("famille281@example.net");
            browser.type("linkChildId", String.valueOf(shared.id()));
            browser.submit("linkButton");
            assertTrue(browser.text().contains("L’enfant est rattaché à ce foyer"), browser.text());
            assertTrue(browser.text().contains(shared.firstName() + " " + shared.lastName()), browser.text());

            // the agent edits the child's file with the parent's form; bad data is refused the same way
            browser.click(browser.driver.findElement(By.linkText("Modifier la fiche " + fr.marelle.platform.control.DisplayFormats.ofName(shared.firstName(), java.util.Locale.FRENCH))));
            assertEquals(shared.firstName() + " " + shared.lastName(), browser.heading());
            browser.assertAccessible("the staff child form");
            setDate("birthDate", "2099-01-01");
            browser.submit("saveChild");
            assertTrue(browser.find("birthDate-error").getText().contains("futur"), browser.text());
            setDate("birthDate", "2019-03-02");
            boolean wasVegetarian = "VEGETARIAN".equals(shared.diet());
            new Select(browser.find("diet")).selectByValue(wasVegetarian ? "NO_MEAT" : "VEGETARIAN");
            String newDiet = wasVegetarian ? "Sans viande" : "Végétarien";
            browser.type("allergies", "Kiwi");
            browser.submit("saveChild");
            assertTrue(browser.text().contains("La fiche " + fr.marelle.platform.control.DisplayFormats.ofName(shared.firstName(), java.util.Locale.FRENCH) + " est enregistrée."), browser.text());
            String history = browser.find("history").getText();
            assertTrue(history.contains("Régime alimentaire"), history);
            assertTrue(history.contains(newDiet), history);
            assertTrue(history.contains("02/03/2019"), history);
            assertTrue(history.contains("Karim Benali"), history);
            assertTrue(history.contains("Foyers de l’enfant"), history);

            // a child of a household opened through another household's page is not found
            Child other = firstChildOf("famille283@example.net");
            browser.open("/staff/child.xhtml?household=" + householdOf(email) + "&id=" + other.id());
            assertEquals("Page introuvable", browser.heading(), browser.text());

            // the search finds the new household without accents or case
            browser.open("/staff/households.xhtml");
            browser.type("query", "comptoir-aubepine");
            browser.submit("searchButton");
            assertTrue(browser.text().contains("Élise Comptoir-Aubépine"), browser.text());
            browser.assertAccessible("the staff search with results");
            browser.submit("logoutButton");

            // the other household's parent reads the agent's change in words
            signIn("famille281@example.net");
            browser.open("/parent/history.xhtml");
            history = browser.find("history").getText();
            assertTrue(history.contains("Karim Benali"), history);
            assertTrue(history.contains("Kiwi"), history);
            assertTrue(history.contains(newDiet), history);
            assertTrue(history.contains("Comptoir-Aubépine"), history);
            browser.submit("logoutButton");

            // the invited parent activates the account and finds the household the agent opened
            browser.driver.get(invitation);
            browser.type("password", "Comptoir-Aubepine-2026");
            browser.find("termsAccepted").click();
            browser.submit("submit");
            assertTrue(browser.text().contains("Votre compte est activé"), browser.text());
            signIn(email, "Comptoir-Aubepine-2026");
            browser.open("/parent/household.xhtml");
            assertEquals("Résident de la commune", browser.find("residence").getText());
            browser.submit("logoutButton");
        } finally {
            HttpResponse<String> restored = Api.send(Api.request("/api/v1/admin/settings/resident-postcodes")
                    .header("Authorization", admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"postcodes\":" + original + "}")));
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }

    @Test
    void aParentGivesACivilityAndMovesAbroadOnTheHouseholdPageAndReadsItInTheHistory() {
        browser.driver.manage().deleteAllCookies();
        signIn("famille312@example.net");
        browser.open("/parent/household.xhtml");
        new Select(browser.find("country")).selectByValue("99131");
        browser.type("addressLine1", "Rue Haute 12");
        browser.type("postcode", "1000");
        browser.type("city", "Bruxelles");
        new Select(browser.driver.findElement(By.cssSelector("select[id$=':civility']"))).selectByValue("MME");
        browser.submit("saveHousehold");
        assertTrue(browser.text().contains("Le dossier du foyer est enregistré."), browser.text());
        assertEquals("Belgique", new Select(browser.find("country")).getFirstSelectedOption().getText());
        assertEquals("Madame", new Select(browser.driver.findElement(By.cssSelector("select[id$=':civility']")))
                .getFirstSelectedOption().getText());
        browser.assertAccessible("the household page abroad with a civility");
        browser.open("/parent/history.xhtml");
        String history = browser.text();
        assertTrue(history.contains("Belgique") && history.contains("Madame") && history.contains("Civilité"), history);
        browser.submit("logoutButton");
    }

    @Test
    void onlyTheAdministratorReadsAndSetsTheTownsPostcodesAndAWrongOneSavesNothing() {
        String path = "/api/v1/admin/settings/resident-postcodes";
        String admin = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        assertEquals(403, Api.get(path, "Authorization", Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD))
                .statusCode());
        assertEquals(403, Api.get(path, "Authorization", Api.basic("famille282@example.net", ItEnvironment.DEMO_PASSWORD))
                .statusCode());
        assertEquals(401, Api.get(path).statusCode());
        String before = Api.json(Api.get(path, "Authorization", admin)).getJsonArray("postcodes").toString();
        HttpResponse<String> refused = Api.send(Api.request(path).header("Authorization", admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"postcodes\":[\"49100\",\"1234\"]}")));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("1234"), refused.body());
        assertEquals(before, Api.json(Api.get(path, "Authorization", admin)).getJsonArray("postcodes").toString());
    }

    private record Child(long id, String firstName, String lastName, String diet) {
    }

    private static Child firstChildOf(String email) throws Exception {
        try (Connection c = ItEnvironment.database(); PreparedStatement s = c.prepareStatement(
                "select ch.id, ch.first_name, ch.last_name, ch.diet from child ch join household_child hc on hc.child_id = ch.id"
                        + " join guardian g on g.household_id = hc.household_id join account a on a.id = g.account_id"
                        + " where a.email = ? order by ch.id limit 1")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no child for " + email);
                return new Child(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
    }

    private static long householdOf(String email) throws Exception {
        try (Connection c = ItEnvironment.database(); PreparedStatement s = c.prepareStatement(
                "select g.household_id from guardian g join account a on a.id = g.account_id where lower(a.email) = lower(?)")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no household for " + email);
                return rs.getLong(1);
            }
        }
    }

    private static void signIn(String email) {
        browser.open("/login.xhtml");
        signIn(email, ItEnvironment.DEMO_PASSWORD);
    }

    /** Date inputs are typed in the browser's locale; the value itself is ISO. */
    private static void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(id), isoDate);
    }

    private static long pendingQuotientOf(String email) throws Exception {
        try (Connection c = ItEnvironment.database(); PreparedStatement s = c.prepareStatement(
                "select q.id from family_quotient q join guardian g on g.household_id = q.household_id"
                        + " join account a on a.id = g.account_id where a.email = ? and q.status = 'PENDING'")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no pending quotient for " + email);
                return rs.getLong(1);
            }
        }
    }
}

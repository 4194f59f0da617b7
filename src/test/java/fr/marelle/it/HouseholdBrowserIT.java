package fr.marelle.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The household file in a real browser: a parent adds a child with a pick-up person and uploads a
 * family-quotient proof; an agent accepts it from the validation queue; the parent then sees the
 * accepted quotient and the history. Every household page is checked with axe-core.
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
        browser.assertAccessible("the quotient page");
        Path exe = Files.createTempFile("programme", ".pdf");
        Files.write(exe, new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0});
        browser.type("amount", "910");
        setDate("validFrom", "2026-01-01");
        setDate("validTo", "2026-12-31");
        browser.find("proof").sendKeys(exe.toAbsolutePath().toString());
        browser.submit("submitQuotient");
        assertTrue(browser.find("proof-error").getText().contains("PDF"), browser.text());

        Path pdf = Files.createTempFile("attestation-caf", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.type("amount", "910");
        setDate("validFrom", "2026-01-01");
        setDate("validTo", "2026-12-31");
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

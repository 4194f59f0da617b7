package fr.marelle.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The long lists of staff, finance and administrators come a page at a time from the database: one page
 * of 25 rows with the exact count of what matches the search, the next page by keyboard, axe clean; the
 * API's lists take {@code offset} and {@code limit}. Demo families famille83 to famille86 (their
 * households are searched here; nothing of theirs is changed).
 */
class StaffListsIT extends BrowserITBase {

    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);

    @BeforeAll
    static void sixtyEntriesOfOneAction() {
        if (Sql.count("select count(*) from audit_entry where action = 'STAFF_LISTS_IT'") == 0) {
            Sql.update("insert into audit_entry (at, actor_email, action, object_type, object_id)"
                    + " select " + Sql.now() + " - g * interval '1 minute', 'staff-lists-it@example.invalid', 'STAFF_LISTS_IT',"
                    + " 'test', g::text from generate_series(1, 60) g");
        }
    }

    @Test
    void theAdministratorsLongListsShowOnePageOf25WithTheExactCount() {
        PageSession admin = PageSession.signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        Map<String, String> lists = Map.of(
                "/admin/audit.xhtml", "select count(*) from audit_entry",
                "/admin/audit.xhtml?action=STAFF_LISTS_IT", "select count(*) from audit_entry where action = 'STAFF_LISTS_IT'",
                "/admin/outbox.xhtml", "select count(*) from outbox_mail",
                "/admin/outbox.xhtml?recipient=famille8", "select count(*) from outbox_mail where recipient like '%famille8%'",
                "/admin/accounts.xhtml", "select count(*) from account");
        for (Map.Entry<String, String> list : lists.entrySet()) {
            long total = Sql.count(list.getValue());
            String page = admin.get(list.getKey()).body();
            long rows = Pattern.compile("<tr [^>]*data-ri=\"").matcher(page).results().count();
            assertEquals(Math.min(total, 25), rows, list.getKey() + " shows one page");
            assertTrue(total == 0 || page.contains(" sur " + total + ", page 1 sur " + ((total + 24) / 25)),
                    list.getKey() + " counts " + total + " rows: " + page);
        }
    }

    @Test
    void theAuditLogPagesByKeyboardKeepsItsSearchAndPassesAxe() {
        signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/admin/audit.xhtml?action=STAFF_LISTS_IT");
        WebElement report = browser.driver.findElement(By.cssSelector("#auditTable .ui-paginator-current"));
        assertEquals("Lignes 1 à 25 sur 60, page 1 sur 3", report.getText());
        assertTrue(browser.find("auditTable").getText().contains("staff-lists-it@example.invalid"));
        browser.assertAccessible("the audit log, one page");

        WebElement next = browser.driver.findElement(By.cssSelector("#auditTable .ui-paginator-next"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus()", next);
        next.sendKeys(Keys.ENTER);
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(
                By.cssSelector("#auditTable .ui-paginator-current")).getText().startsWith("Lignes 26 à 50 sur 60"));
        String second = browser.find("auditTable").findElement(By.tagName("tbody")).getText();
        assertTrue(second.contains("STAFF_LISTS_IT") || second.contains("staff-lists-it@example.invalid"), second);
        browser.assertAccessible("the audit log, second page");

        browser.open("/admin/outbox.xhtml");
        browser.assertAccessible("the sent e-mails, one page");
        browser.open("/admin/accounts.xhtml");
        browser.assertAccessible("the accounts, one page");
        browser.submit("logoutButton");

        signIn("agent@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/staff/households.xhtml");
        assertTrue(browser.driver.findElement(By.cssSelector("#householdsTable .ui-paginator-current")).getText()
                .endsWith("sur " + Sql.count("select count(*) from household") + ", page 1 sur "
                        + (Sql.count("select count(*) from household") + 24) / 25), "every household, paged");
        browser.assertAccessible("the staff's households, one page");
        browser.open("/staff/accounts.xhtml");
        long parents = Sql.count("select count(distinct account_id) from account_role where role = 'PARENT'");
        assertTrue(browser.driver.findElement(By.cssSelector("#accountsTable .ui-paginator-current")).getText()
                .endsWith("sur " + parents + ", page 1 sur " + (parents + 24) / 25), "every parent account, paged");
        browser.type("query", "famille83@");
        browser.submit("searchButton");
        assertEquals("Lignes 1 à 1 sur 1, page 1 sur 1",
                browser.driver.findElement(By.cssSelector("#accountsTable .ui-paginator-current")).getText());
        browser.assertAccessible("the counter's parent accounts, one found");
        browser.submit("logoutButton");

        signIn("finance@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/finance/invoices.xhtml?status=PAID");
        long paid = Sql.count("select count(*) from invoice i where not exists (select 1 from invoice_treasury_transfer t"
                + " where t.invoice_id = i.id) and i.total_cents"
                + " - coalesce((select sum(c.total_cents) from credit_note c where c.invoice_id = i.id), 0)"
                + " - coalesce((select sum(a.amount_cents) from payment_allocation a where a.invoice_id = i.id), 0) <= 0");
        String invoices = browser.find("foundInvoices").getText();
        assertTrue(paid == 0 || invoices.contains(" sur " + paid + ","), paid + " paid invoices: " + invoices);
        List<WebElement> rows = browser.find("foundInvoices").findElements(By.cssSelector("tbody tr[data-ri]"));
        assertEquals(Math.min(paid, 25), rows.size(), invoices);
        rows.forEach(row -> assertTrue(row.getText().matches("(?s).* Payée \\d+"), "only paid invoices: " + row.getText()));
        browser.assertAccessible("the finance invoices, paid ones");
        browser.submit("logoutButton");
    }

    @Test
    void theApisListsTakeAnOffsetAndALimit() {
        JsonArray first = Api.array(Api.ok(Api.get("/api/v1/finance/invoices?limit=2", "Authorization", FINANCE)));
        JsonArray second = Api.array(Api.ok(Api.get("/api/v1/finance/invoices?offset=2&limit=2", "Authorization", FINANCE)));
        assertEquals(2, first.size());
        assertTrue(second.size() >= 1, second.toString());
        List<String> numbers = new ArrayList<>();
        first.forEach(v -> numbers.add(v.asJsonObject().getJsonObject("invoice").getString("number")));
        second.forEach(v -> assertTrue(!numbers.contains(v.asJsonObject().getJsonObject("invoice").getString("number")),
                "a page does not repeat the one before: " + first + " " + second));
        assertEquals(Sql.text("select number from invoice order by issued_on desc, number desc offset 2 limit 1"),
                second.getJsonObject(0).getJsonObject("invoice").getString("number"));

        JsonArray households = Api.array(Api.ok(Api.get("/api/v1/staff/households?q=famille8&limit=4", "Authorization", AGENT)));
        JsonArray more = Api.array(Api.ok(Api.get("/api/v1/staff/households?q=famille8&offset=4&limit=4", "Authorization", AGENT)));
        assertEquals(4, households.size());
        assertEquals(4, more.size());
        assertNotEquals(households.getJsonObject(0).getJsonNumber("id"), more.getJsonObject(0).getJsonNumber("id"));

        for (String bad : List.of("/api/v1/finance/invoices?limit=0", "/api/v1/finance/invoices?limit=201",
                "/api/v1/finance/invoices?offset=-1")) {
            HttpResponse<String> refused = Api.get(bad, "Authorization", FINANCE, "Accept-Language", "fr");
            assertEquals(400, refused.statusCode(), bad);
            assertEquals("application/problem+json", Api.mediaType(refused), bad);
            JsonObject problem = Api.json(refused);
            assertTrue(problem.toString().contains(bad.contains("offset") ? "offset" : "limit"), problem.toString());
            assertTrue(problem.toString().contains(bad.contains("offset") ? "Le décalage" : "de 1 à 200"), problem.toString());
        }
        HttpResponse<String> tooLong = Api.get("/api/v1/staff/households?q=famille8&limit=51", "Authorization", AGENT);
        assertEquals(400, tooLong.statusCode());
    }
}

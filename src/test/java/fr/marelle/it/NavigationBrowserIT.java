package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding one's way on a phone (390 px) and on a desktop: the main menu folded behind its button,
 * the parent's home as a dashboard, tables read as labelled cards that stay tables for screen
 * readers, an invoice on its own page, and the payment page after the payer cancelled at the
 * provider. Families famille77 to famille82; régie IT_NAV and its activity of this test.
 */
class NavigationBrowserIT extends BrowserITBase {

    private static final LocalDate TODAY = ItEnvironment.today();
    private static final String PASSWORD = ItEnvironment.DEMO_PASSWORD;
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    private static long run;
    private static long activity;

    @BeforeAll
    static void regieActivityAndRun() throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            Sql.update(db, "insert into regie (code, name, payfip_client) values ('IT_NAV', 'Régie des tests de navigation', '000913')"
                    + " on conflict do nothing");
            // an activity no demo child can book (age 25), so that other tests' calendars never show it
            activity = Sql.one(db, "insert into activity (name, type, site_id, regie_code, min_age, max_age, start_time, end_time,"
                    + " default_capacity, created_at) values ('Cantine Navigation', 'CANTEEN', (select min(id) from site), 'IT_NAV',"
                    + " 25, 25, '11:30', '13:30', 50, " + Sql.now() + ") returning id");
            long grid = Sql.one(db, "insert into price_grid (activity_id, valid_from, created_at) values (" + activity
                    + ", '2020-01-01', " + Sql.now() + ") returning id");
            Sql.update(db, "insert into price_band (grid_id, position, qf_from, qf_to, resident_cents, non_resident_cents)"
                    + " values (" + grid + ", 1, 0, null, 460, 460)");
            run = Sql.one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices, total_cents)"
                    + " values ('IT_NAV', date_trunc('month', " + Sql.today() + " - interval '1 month'), 'VALIDATED', " + Sql.now()
                    + ", " + Sql.now() + ", 0, 0) returning id");
        }
    }

    @AfterEach
    void signOut() {
        if (browser != null) {
            browser.driver.manage().window().setSize(DESKTOP);
            browser.driver.manage().deleteAllCookies();
        }
    }

    @Test
    void onAPhoneTheMenuIsFoldedBehindAButtonThatTheKeyboardOpensAndTheDesktopShowsItGrouped() {
        browser.driver.manage().window().setSize(PHONE);
        signIn("famille77@example.net", PASSWORD);
        browser.open("/parent/household.xhtml");
        WebElement button = browser.find("menuToggle");
        WebElement menu = browser.find("mainMenu");
        assertTrue(button.isDisplayed(), "the Menu button on a phone");
        assertEquals("button", button.getTagName());
        assertEquals("mainMenu", button.getAttribute("aria-controls"));
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(menu.isDisplayed(), "the menu is folded");
        // the first screen shows the page: its title right under a compact header
        int titleTop = browser.find("main").findElement(By.tagName("h1")).getRect().getY();
        assertTrue(titleTop < 150, "the page title is " + titleTop + " px down");
        assertNoSidewaysScroll("the household page on a phone");
        browser.assertAccessible("a page on a phone, menu folded");

        // Enter on the button opens the menu, grouped; the current page is marked
        button.sendKeys(Keys.ENTER);
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(menu.isDisplayed(), "the menu is open");
        List<String> groups = menu.findElements(By.className("menu-group__title")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("MON DOSSIER", "RÉSERVATIONS", "FACTURES", "COMPTE"),
                groups.stream().map(g -> g.toUpperCase(java.util.Locale.FRENCH)).toList(), groups.toString());
        WebElement file = menu.findElement(By.cssSelector("ul[aria-labelledby='menuGroupFile']"));
        assertTrue(file.getText().contains("Mon foyer") && file.getText().contains("Quotient familial"), file.getText());
        assertEquals("page", menu.findElement(By.linkText("Mon foyer")).getAttribute("aria-current"));
        browser.assertAccessible("a page on a phone, menu open");
        // Escape folds it back and gives the focus to the button
        menu.findElement(By.linkText("Mes enfants")).sendKeys(Keys.ESCAPE);
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(menu.isDisplayed());
        assertEquals("menuToggle", browser.focused());
        // and a menu entry leads where it says
        button.sendKeys(Keys.ENTER);
        browser.submit(menu.findElement(By.linkText("Factures")));
        assertEquals("Mes factures", browser.heading());

        browser.driver.manage().window().setSize(DESKTOP);
        browser.open("/parent/home.xhtml");
        assertFalse(browser.find("menuToggle").isDisplayed(), "no Menu button on a desktop");
        WebElement desktopMenu = browser.find("mainMenu");
        assertTrue(desktopMenu.isDisplayed());
        assertTrue(desktopMenu.findElement(By.linkText("Réservations")).isDisplayed());
        assertTrue(desktopMenu.findElement(By.id("logoutButton")).isDisplayed());
        browser.assertAccessible("the parent's home on a desktop");
        browser.assertNoCspViolation("with the menu script");
    }

    @Test
    void theHomePageShowsTheNextStepsAsLinksTheNextTwoWeeksWithTheirTotalAndWhatIsLeftToPay() throws Exception {
        long household = household(78);
        long child = Sql.count("select min(child_id) from household_child where household_id = " + household);
        Sql.update("update household set phone = null where id = " + household);
        booking(child, household, TODAY.plusDays(2), "CONFIRMED");
        booking(child, household, TODAY.plusDays(5), "CONFIRMED");
        booking(child, household, TODAY.plusDays(6), "WAITING");
        booking(child, household, TODAY.plusDays(20), "CONFIRMED");
        long invoice = invoice(household, 3150, "Famille Navigation");

        browser.driver.manage().window().setSize(PHONE);
        signIn("famille78@example.net", PASSWORD);
        browser.open("/parent/home.xhtml");
        assertFalse(browser.text().contains("ouvrent progressivement"), browser.text());
        assertStep("HOUSEHOLD", "NEXT", "À faire maintenant");
        assertStep("CHILDREN", "DONE", "Fait");
        assertStep("QUOTIENT", "TO_DO", "À faire");
        assertStep("BOOKING", "DONE", "Fait");
        String upcoming = browser.find("upcoming").getText();
        assertTrue(upcoming.contains("Cantine Navigation – 4,60 €"), upcoming);
        assertTrue(upcoming.contains("liste d’attente") || upcoming.contains("liste d'attente"), upcoming);
        assertFalse(upcoming.contains(dayMonth(TODAY.plusDays(20))), "beyond two weeks: " + upcoming);
        // two confirmed sessions within two weeks; the place on the waiting list costs nothing yet
        assertEquals("Deux prochaines semaines : 2 séances – 9,20 €", browser.find("upcomingTotal").getText());
        assertTrue(browser.find("leftToPay").getText().contains("31,50"), browser.text());
        assertTrue(browser.find("payLink").getText().startsWith("Payer"), browser.find("payLink").getText());
        assertNoSidewaysScroll("the home page on a phone");
        browser.assertAccessible("the parent's home on a phone");
        screenshot("parent-home-phone.png");

        // the step is a link to its page; once the phone is given it is ticked and the quotient comes next
        browser.submit(browser.find("step-HOUSEHOLD").findElement(By.tagName("a")));
        assertEquals("/parent/household.xhtml", browser.path());
        Sql.update("update household set phone = '+33655443322' where id = " + household);
        Sql.update("insert into family_quotient (household_id, amount, valid_from, valid_to, status, submitted_at) values ("
                + household + ", 700, '" + TODAY.withDayOfYear(1) + "', '" + TODAY.withMonth(12).withDayOfMonth(31) + "', 'PENDING', "
                + Sql.now() + ")");
        browser.open("/parent/home.xhtml");
        assertStep("HOUSEHOLD", "DONE", "Fait");
        assertStep("QUOTIENT", "WAITING", "En attente de validation");
        // the unpaid invoice leads to its page
        browser.submit(browser.find("unpaidInvoices").findElement(By.tagName("a")));
        assertEquals("/parent/invoice.xhtml?id=" + invoice, browser.path());
    }

    @Test
    void anInvoiceHasItsOwnPageAndTablesReadAsLabelledCardsOnAPhoneWhileStayingTables() throws Exception {
        long household = household(79);
        long invoice = invoice(household, 7400, "Famille Navigation");
        long foreign = invoice(household(81), 1200, "Autre famille");

        browser.driver.manage().window().setSize(PHONE);
        signIn("famille79@example.net", PASSWORD);
        browser.open("/parent/invoices.xhtml");
        WebElement list = browser.find("invoicesTable");
        WebElement number = list.findElement(By.cssSelector("tbody td"));
        assertEquals("Numéro", number.getAttribute("data-label"));
        assertEquals("grid", number.getCssValue("display"), "a card's term and value side by side");
        assertEquals("cell", number.getAriaRole());
        assertEquals("columnheader", list.findElement(By.cssSelector("thead th")).getAriaRole());
        assertTrue(list.findElement(By.tagName("thead")).getRect().getHeight() <= 1, "the header row is out of sight");
        browser.assertAccessible("the invoices as cards");
        browser.submit(list.findElement(By.linkText(number(invoice))));

        assertEquals("/parent/invoice.xhtml?id=" + invoice, browser.path());
        assertEquals("Facture " + number(invoice), browser.heading());
        assertTrue(browser.find("remaining").getText().contains("74,00"), browser.text());
        assertTrue(browser.find("invoicePdf").getAttribute("href").endsWith("/api/v1/invoices/" + invoice + "/pdf"));
        assertEquals("Payer 74,00 €", browser.find("payInvoice").getAttribute("value"));
        WebElement lines = browser.find("invoiceLines");
        List<WebElement> cells = lines.findElements(By.cssSelector("tbody tr:first-child td"));
        assertEquals(List.of("Date", "Enfant", "Activité", "Calcul", "Montant"),
                cells.stream().map(c -> c.getAttribute("data-label")).toList());
        assertTrue(cells.get(4).getText().contains("37,00"), cells.get(4).getText());
        assertEquals("table", lines.getAriaRole());
        assertNoSidewaysScroll("an invoice on a phone");
        browser.assertAccessible("an invoice on a phone");
        screenshot("parent-invoice-phone.png");

        // the pay button starts the payment of this invoice at the provider
        browser.click(browser.find("payInvoice"));
        browser.waiting(java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(ItEnvironment.paymentPage()));
        assertTrue(browser.text().contains("74,00"), browser.text());

        // the same page on a desktop is a plain table
        browser.driver.manage().window().setSize(DESKTOP);
        browser.open("/parent/invoice.xhtml?id=" + invoice);
        assertEquals("table-cell", browser.find("invoiceLines").findElement(By.cssSelector("tbody td")).getCssValue("display"));
        browser.assertAccessible("an invoice on a desktop");

        // the old address of the detail leads here; another household's invoice, a bad or no id: not found
        browser.open("/parent/invoices.xhtml?id=" + invoice);
        assertEquals("/parent/invoice.xhtml?id=" + invoice, browser.path());
        PageSession pages = PageSession.signIn("famille79@example.net", PASSWORD);
        assertEquals(404, pages.get("/parent/invoice.xhtml?id=" + foreign).statusCode());
        assertEquals(404, pages.get("/parent/invoice.xhtml?id=abc").statusCode());
        assertEquals(404, pages.get("/parent/invoice.xhtml").statusCode());
        assertEquals(200, pages.get("/parent/invoice.xhtml?id=" + invoice).statusCode());
    }

    @Test
    void staffTablesUseTheSameCards() throws Exception {
        long invoice = invoice(household(80), 2500, "Famille Navigation");
        browser.driver.manage().window().setSize(PHONE);
        signIn("finance@example.org", PASSWORD);
        browser.open("/finance/invoice.xhtml?id=" + invoice);
        WebElement cell = browser.find("invoiceLines").findElement(By.cssSelector("tbody td"));
        assertFalse(cell.getAttribute("data-label").isBlank());
        assertEquals("grid", cell.getCssValue("display"));
        assertEquals("cell", cell.getAriaRole());
        browser.assertAccessible("an invoice for finance staff on a phone");
    }

    /**
     * Over HTTP against the provider simulator: a payer who cancels on the provider's page reads at once
     * that the payment was not made and can pay again, although the operation stays open a few minutes;
     * an answer not known yet still says "being confirmed".
     */
    @Test
    void afterCancellingAtTheProviderTheReturnPageSaysThePaymentWasNotMadeAndOffersToPayAgain() throws Exception {
        long household = household(82);
        long invoice = invoice(household, 1890, "Famille Navigation");
        String parent = Api.basic("famille82@example.net", PASSWORD);
        PageSession pages = PageSession.signIn("famille82@example.net", PASSWORD);

        JsonObject abandoned = start(parent, invoice);
        long attempt = abandoned.getJsonNumber("id").longValue();
        choose(abandoned, "ABANDONED", 0);
        String page = ReadableText.page(pages.get("/parent/payment.xhtml?attempt=" + attempt));
        assertTrue(page.contains("Paiement non effectué"), page);
        assertTrue(page.contains("La facture " + number(invoice) + " reste à payer"), page);
        assertTrue(page.contains("Payer à nouveau"), page);
        assertFalse(page.contains("en cours de confirmation"), page);
        // the attempt itself stays open while the provider could still take the payment
        assertEquals("PENDING", Sql.text("select status from payment_attempt where id = " + attempt));
        // once final, the page says the same
        Sql.update("update payment_attempt set created_at = created_at - interval '16 minutes' where id = " + attempt);
        page = ReadableText.page(pages.get("/parent/payment.xhtml?attempt=" + attempt));
        assertEquals("ABANDONED", Sql.text("select status from payment_attempt where id = " + attempt));
        assertTrue(page.contains("Paiement non effectué") && page.contains("Payer à nouveau"), page);

        // no result yet at the provider: still "being confirmed"
        JsonObject waiting = start(parent, invoice);
        choose(waiting, "CARD", 100);
        page = ReadableText.page(pages.get("/parent/payment.xhtml?attempt=" + waiting.getJsonNumber("id").longValue()));
        assertTrue(page.contains("Paiement en cours de confirmation"), page);
        assertFalse(page.contains("Paiement non effectué"), page);
        assertEquals(0, Sql.count("select count(*) from payment where household_id = " + household));
    }

    private static void assertStep(String step, String state, String words) {
        WebElement item = browser.find("step-" + step);
        assertTrue(item.getAttribute("class").contains("progress-step--" + state), step + ": " + item.getAttribute("class"));
        assertTrue(item.getText().contains(words), item.getText());
        assertFalse(item.findElements(By.tagName("a")).isEmpty(), "the step is a link");
    }

    private static void assertNoSidewaysScroll(String where) {
        Object wide = ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertEquals(Boolean.FALSE, wide, where + " scrolls sideways");
    }

    /** A small PNG of the window for the README, where -Dmarelle.it.screenshots names a folder (src/docs/screenshots). */
    private static void screenshot(String name) throws Exception {
        String where = System.getProperty("marelle.it.screenshots", "");
        if (where.isBlank()) {
            return;
        }
        Path folder = Path.of(where);
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }

    private static String dayMonth(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.FRENCH));
    }

    private static long household(int n) {
        return Sql.count("select h.id from household h join account a on a.id = h.billing_account_id"
                + " where a.email = 'famille" + n + "@example.net'");
    }

    private static void booking(long child, long household, LocalDate day, String status) throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            long session = session(db, day);
            Sql.update(db, "insert into booking (session_id, child_id, household_id, status, requested_at, confirmed_at) values ("
                    + session + ", " + child + ", " + household + ", '" + status + "', " + Sql.now() + ", "
                    + ("CONFIRMED".equals(status) ? Sql.now() : "null") + ")");
        }
    }

    /** The activity's session of the day (one a day, shared by the families of this test). */
    private static long session(Connection db, LocalDate day) throws SQLException {
        return Sql.one(db, "insert into activity_session (activity_id, day, start_time, end_time, capacity) values (" + activity
                + ", '" + day + "', '11:30', '13:30', 50) on conflict (activity_id, day, start_time) do update set capacity = 50"
                + " returning id");
    }

    /** A published invoice of two equal canteen lines (written as an invoicing run would). */
    private static long invoice(long household, long cents, String name) throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            long id = Sql.one(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name, issued_on,"
                    + " due_on, total_cents, published_at) values ('NAV-' || " + household + " || '-' || " + cents + ", " + run
                    + ", 'IT_NAV', date_trunc('month', " + Sql.today() + " - interval '1 month'), " + household + ", '" + name + "', "
                    + Sql.today() + ", " + Sql.today() + " + 30, " + cents + ", " + Sql.now() + ") returning id");
            long child = Sql.one(db, "select min(child_id) from household_child where household_id = " + household);
            for (int position = 1; position <= 2; position++) {
                LocalDate day = TODAY.minusMonths(1).withDayOfMonth(position + 1);
                long session = session(db, day);
                Sql.update(db, "insert into invoice_line (invoice_id, position, household_id, session_id, child_id, child_name,"
                        + " activity_name, day, charge, amount_cents, price_cents, quotient_known, resident) values (" + id + ", "
                        + position + ", " + household + ", " + session + ", " + child + ", 'Lou', 'Cantine Navigation', '" + day
                        + "', 'BOOKED', " + cents / 2 + ", " + cents / 2 + ", true, true)");
            }
            return id;
        }
    }

    private static String number(long invoice) {
        return Sql.text("select number from invoice where id = " + invoice);
    }

    private static JsonObject start(String parent, long invoice) {
        HttpResponse<String> answer = Api.postJson("/api/v1/payments", "{\"invoiceIds\":[" + invoice + "]}", "Authorization", parent);
        assertEquals(201, answer.statusCode(), answer.body());
        return Api.json(answer);
    }

    /** The payer's choice on the simulator's payment page, as OnlinePaymentIT makes it. */
    private static void choose(JsonObject started, String result, int noResult) {
        String redirect = started.getString("redirectUrl");
        String idop = redirect.substring(redirect.indexOf("idop=") + 5);
        String form = "idop=" + URLEncoder.encode(idop, StandardCharsets.UTF_8) + "&resultat=" + result
                + "&notification=DROPPED&delai=0&sansresultat=" + noResult;
        HttpResponse<String> answer = Api.send(Api.request("/simulateur-payfip/tpa/paiementws.web")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(303, answer.statusCode(), answer.body());
    }
}

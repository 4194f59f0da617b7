package fr.marelle.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.marelle.it.Sql.count;
import static fr.marelle.it.Sql.one;
import static fr.marelle.it.Sql.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counter payments on régies of their own (IT_CAISSE, IT_CAISSE2) with invoices written by SQL for the
 * households famille131 … famille149: payments spread over invoices, credit, refunds, reversals,
 * receipts, dockets, and who may do or read what.
 */
class CounterPaymentIT extends BrowserITBase {

    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final LocalDate TODAY = ItEnvironment.today();
    private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(2);
    private static final int YEAR = TODAY.getYear();

    private static final java.util.Map<String, Long> RUNS = new java.util.HashMap<>();

    @BeforeAll
    static void regiesOfTheirOwn() throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            update(db, "insert into regie (code, name) values ('IT_CAISSE', 'Régie des tests de caisse'),"
                    + " ('IT_CAISSE2', 'Autre régie des tests de caisse') on conflict do nothing");
            update(db, "insert into regie (code, name) values ('IT_CAISSE3', 'Régie des tests de guichet') on conflict do nothing");
            for (String regie : List.of("IT_CAISSE", "IT_CAISSE2", "IT_CAISSE3")) {
                RUNS.put(regie, one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices,"
                        + " total_cents) values ('" + regie + "', '" + MONTH.atDay(1) + "', 'VALIDATED', " + Sql.now() + ", " + Sql.now() + ", 0, 0) returning id"));
            }
        }
    }

    @Test
    void moneyIsSpreadOverInvoicesTheRestIsCreditUsedOrRefundedAndAMistakeIsReversedNeverDeleted() throws Exception {
        long h131 = householdOf("famille131@example.net");
        long h132 = householdOf("famille132@example.net");
        String parent = Api.basic("famille131@example.net", ItEnvironment.DEMO_PASSWORD);
        String otherParent = Api.basic("famille132@example.net", ItEnvironment.DEMO_PASSWORD);
        long a = invoice("IT_CAISSE", h131, "A", 60, 2000);
        long b = invoice("IT_CAISSE", h131, "B", 50, 3000);
        long c = invoice("IT_CAISSE", h131, "C", 40, 1500);
        long other = invoice("IT_CAISSE2", h131, "D", 40, 1000);
        long sent = invoice("IT_CAISSE", h131, "E", 200, 700);
        long foreign = invoice("IT_CAISSE", h132, "F", 40, 900);
        try (Connection db = ItEnvironment.database()) {
            update(db, "insert into invoice_treasury_transfer (invoice_id, sent_on, sent_at) values (" + sent + ", " + Sql.today() + ", " + Sql.now() + ")");
        }
        String paymentsOf131 = "/api/v1/finance/households/" + h131 + "/payments";

        // only finance staff take payments
        String cash500 = payment("CASH", 500, TODAY, null, null, null, alloc(a, 500));
        assertEquals(403, Api.postJson(paymentsOf131, cash500, "Authorization", parent).statusCode());
        assertEquals(403, Api.postJson(paymentsOf131, cash500, "Authorization", AGENT).statusCode());
        assertEquals(404, Api.postJson("/api/v1/finance/households/99999999/payments", cash500, "Authorization", FINANCE)
                .statusCode());

        // a partial payment: the invoice is partly paid with the exact remaining
        HttpResponse<String> partial = Api.postJson(paymentsOf131, cash500, "Authorization", FINANCE);
        assertEquals(201, partial.statusCode(), partial.body());
        JsonObject p1 = Api.json(partial);
        assertTrue(p1.getString("number").matches(YEAR + "-RC-IT_CAISSE-\\d{6}"), p1.toString());
        assertEquals(a, p1.getJsonArray("settled").getJsonObject(0).getJsonNumber("invoiceId").longValue());
        assertStatus(parent, a, "PARTLY_PAID", 500, 1500);

        // bad input is refused naming the field, nothing written
        long before = count("select count(*) from payment where household_id = " + h131);
        assertRefused(Api.postJson(paymentsOf131, payment("CHEQUE", 100, TODAY, null, null, null), "Authorization", FINANCE),
                "chequeNumber", "bank");
        assertRefused(Api.postJson(paymentsOf131, payment("CASH", 100, TODAY.plusDays(1), null, null, null), "Authorization",
                FINANCE), "receivedOn");
        assertRefused(Api.postJson(paymentsOf131, payment("BANK_TRANSFER", 100, TODAY, null, null, null), "Authorization",
                FINANCE), "reference");
        assertRefused(Api.postJson(paymentsOf131, payment("ONLINE_CARD", 100, TODAY, null, null, null), "Authorization",
                FINANCE), "means");
        assertRefused(Api.postJson(paymentsOf131, payment("CASH", 1000, TODAY, null, null, null, alloc(other, 1000)),
                "Authorization", FINANCE), "allocations[0].invoiceId");
        HttpResponse<String> foreignInvoice = Api.postJson(paymentsOf131, payment("CASH", 2000, TODAY, null, null, null,
                alloc(a, 100), alloc(foreign, 900)), "Authorization", FINANCE);
        assertRefused(foreignInvoice, "allocations[1].invoiceId");
        assertTrue(foreignInvoice.body().contains("Facture inconnue"), foreignInvoice.body());
        HttpResponse<String> treasury = Api.postJson(paymentsOf131, payment("CASH", 700, TODAY, null, null, null,
                alloc(sent, 700)), "Authorization", FINANCE);
        assertRefused(treasury, "allocations[0].invoiceId");
        assertTrue(treasury.body().contains("Trésor public"), treasury.body());
        assertRefused(Api.postJson(paymentsOf131, payment("CASH", 5000, TODAY, null, null, null, alloc(a, 1501)),
                "Authorization", FINANCE), "allocations[0].amountCents");
        assertRefused(Api.postJson(paymentsOf131, payment("CASH", 1000, TODAY, null, null, null, alloc(a, 1000), alloc(b, 1000)),
                "Authorization", FINANCE), "allocations");
        assertEquals(before, count("select count(*) from payment where household_id = " + h131), "nothing half-written");

        // a cheque over two invoices pays both
        HttpResponse<String> cheque = Api.postJson(paymentsOf131, payment("CHEQUE", 4500, TODAY, "0012345", "La Banque Postale",
                null, alloc(a, 1500), alloc(b, 3000)), "Authorization", FINANCE);
        assertEquals(201, cheque.statusCode(), cheque.body());
        long chequeId = Api.json(cheque).getJsonNumber("id").longValue();
        String chequeNumber = Api.json(cheque).getString("number");
        assertStatus(parent, a, "PAID", 2000, 0);
        assertStatus(parent, b, "PAID", 3000, 0);

        // an overpayment becomes credit at the régie, then pays part of a later invoice
        HttpResponse<String> over = Api.postJson(paymentsOf131, payment("HOLIDAY_VOUCHER", 2000, TODAY, null, null, null,
                alloc(c, 1500)), "Authorization", FINANCE);
        assertEquals(201, over.statusCode(), over.body());
        assertEquals(500, Api.json(over).getJsonNumber("creditAfterCents").longValue());
        assertEquals(500, credit(FINANCE, paymentsOf131, "IT_CAISSE"));
        long g = invoice("IT_CAISSE", h131, "G", 10, 800);
        String uses = "/api/v1/finance/households/" + h131 + "/credit-uses";
        assertRefused(Api.postJson(uses, creditUse("IT_CAISSE", alloc(g, 600)), "Authorization", FINANCE), "allocations");
        HttpResponse<String> used = Api.postJson(uses, creditUse("IT_CAISSE", alloc(g, 500)), "Authorization", FINANCE);
        assertEquals(200, used.statusCode(), used.body());
        assertEquals(0, Api.json(used).getJsonNumber("creditCents").longValue());
        assertStatus(parent, g, "PARTLY_PAID", 500, 300);

        // a refund never exceeds the credit
        assertEquals(201, Api.postJson(paymentsOf131, payment("CASH", 1000, TODAY, null, null, null), "Authorization", FINANCE)
                .statusCode());
        String refunds = "/api/v1/finance/households/" + h131 + "/refunds";
        HttpResponse<String> tooMuch = Api.postJson(refunds, refund("IT_CAISSE", 1500, "CASH"), "Authorization", FINANCE);
        assertRefused(tooMuch, "amountCents");
        assertTrue(tooMuch.body().contains("10,00"), tooMuch.body());
        assertRefused(Api.postJson(refunds, refund("IT_CAISSE", 100, "CESU"), "Authorization", FINANCE), "means");
        HttpResponse<String> refunded = Api.postJson(refunds, refund("IT_CAISSE", 400, "BANK_TRANSFER"), "Authorization", FINANCE);
        assertEquals(201, refunded.statusCode(), refunded.body());
        assertEquals(-400, Api.json(refunded).getJsonNumber("amountCents").longValue());
        assertEquals(600, credit(FINANCE, paymentsOf131, "IT_CAISSE"));

        // a bounced cheque is reversed: the invoices are unpaid again, both entries stay
        String reversal = "/api/v1/finance/payments/" + chequeId + "/reversal";
        assertEquals(403, Api.postJson(reversal, reason("Chèque impayé"), "Authorization", parent).statusCode());
        assertRefused(Api.postJson(reversal, reason(" "), "Authorization", FINANCE), "reason");
        HttpResponse<String> reversed = Api.postJson(reversal, reason("Chèque impayé"), "Authorization", FINANCE);
        assertEquals(201, reversed.statusCode(), reversed.body());
        JsonObject rev = Api.json(reversed);
        assertEquals("REVERSAL", rev.getString("kind"));
        assertEquals(-4500, rev.getJsonNumber("amountCents").longValue());
        assertEquals(chequeNumber, rev.getString("reversesNumber"));
        assertStatus(parent, a, "PARTLY_PAID", 500, 1500);
        assertStatus(parent, b, "UNPAID", 0, 3000);
        assertEquals(2, count("select count(*) from payment where id = " + chequeId + " or reverses_id = " + chequeId));
        assertRefused(Api.postJson(reversal, reason("Encore"), "Authorization", FINANCE), "paymentId");
        assertRefused(Api.postJson("/api/v1/finance/payments/" + rev.getJsonNumber("id").longValue() + "/reversal",
                reason("Annuler l’annulation"), "Authorization", FINANCE), "paymentId");
        assertEquals(404, Api.postJson("/api/v1/finance/payments/99999999/reversal", reason("x"), "Authorization", FINANCE)
                .statusCode());

        // the account statement says what the household really owes: its invoices less what it paid
        JsonObject statement = Api.json(Api.get("/api/v1/finance/households/" + h131 + "/statement", "Authorization", FINANCE));
        List<String> kinds = statement.getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("kind")).toList();
        assertTrue(kinds.containsAll(List.of("INVOICE", "PAYMENT", "REFUND", "REVERSAL")), kinds.toString());
        long owed = count("select sum(total_cents) from invoice where household_id = " + h131);
        long paid = count("select sum(amount_cents) from payment where household_id = " + h131);
        assertEquals(owed - paid, statement.getJsonNumber("balanceCents").longValue(), statement.toString());
        assertEquals(1500 + 3000 + 300 + 1000 + 700 - 600, owed - paid, "remaining of A, B, G, D, E less the credit");

        // the parent reads their own payments and credit, and their receipts; not another household's
        JsonObject mine = Api.json(Api.get("/api/v1/invoices/payments", "Authorization", parent));
        assertEquals(6, mine.getJsonArray("payments").size(), mine.toString());
        assertEquals("IT_CAISSE", mine.getJsonArray("credits").getJsonObject(0).getString("regieCode"));
        assertEquals(600, mine.getJsonArray("credits").getJsonObject(0).getJsonNumber("amountCents").longValue());
        assertEquals(0, Api.json(Api.get("/api/v1/invoices/payments", "Authorization", otherParent)).getJsonArray("payments").size());
        HttpResponse<byte[]> receipt = pdf("/api/v1/receipts/" + chequeId + ".pdf", parent);
        assertEquals(200, receipt.statusCode());
        String text = text(receipt.body());
        for (String expected : List.of(chequeNumber, "Régie des tests de caisse", "0012345", "La Banque Postale", "45,00",
                "Reçu le", "annulé")) {
            assertTrue(text.contains(expected), expected + " missing in\n" + text);
        }
        assertEquals(404, pdf("/api/v1/receipts/" + chequeId + ".pdf", otherParent).statusCode(), "another household's receipt");
        assertEquals(404, pdf("/api/v1/receipts/99999999.pdf", parent).statusCode());
        assertEquals(200, pdf("/api/v1/receipts/" + chequeId + ".pdf", FINANCE).statusCode());
        assertEquals(403, Api.get(paymentsOf131, "Authorization", parent).statusCode());

        // the database itself refuses to change or delete a payment or an allocation
        try (Connection db = ItEnvironment.database()) {
            assertThrows(SQLException.class, () -> update(db, "update payment set amount_cents = 1 where id = " + chequeId));
            assertThrows(SQLException.class, () -> update(db, "delete from payment where id = " + chequeId));
            assertThrows(SQLException.class, () -> update(db, "update payment_allocation set amount_cents = 1 where payment_id = "
                    + chequeId));
            assertThrows(SQLException.class, () -> update(db, "delete from payment_allocation where payment_id = " + chequeId));
        }
        assertEquals(4500, count("select amount_cents from payment where id = " + chequeId));

        // the day's docket: every entry by means, totals equal to the day's entries
        assertEquals(403, Api.get("/api/v1/finance/dockets?regie=IT_CAISSE&day=" + TODAY, "Authorization", parent).statusCode());
        assertRefused(Api.get("/api/v1/finance/dockets?regie=NOPE&day=" + TODAY, "Authorization", FINANCE), "regie");
        JsonObject docket = Api.json(Api.get("/api/v1/finance/dockets?regie=IT_CAISSE&day=" + TODAY, "Authorization", FINANCE));
        long dayTotal = count("select coalesce(sum(amount_cents), 0) from payment where regie_code = 'IT_CAISSE'"
                + " and received_on = " + Sql.today());
        assertEquals(dayTotal, docket.getJsonNumber("totalCents").longValue(), docket.toString());
        assertEquals(count("select count(*) from payment where regie_code = 'IT_CAISSE' and received_on = " + Sql.today()),
                docket.getJsonArray("lines").size());
        long sumOfTotals = docket.getJsonArray("totals").stream().mapToLong(t -> t.asJsonObject().getJsonNumber("totalCents")
                .longValue()).sum();
        assertEquals(dayTotal, sumOfTotals);
        JsonObject chequeTotal = docket.getJsonArray("totals").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("means").equals("CHEQUE")).findFirst().orElseThrow();
        assertEquals(0, chequeTotal.getJsonNumber("totalCents").longValue(), "the cheque and its reversal");
        HttpResponse<String> csv = Api.get("/api/v1/finance/dockets.csv?regie=IT_CAISSE&day=" + TODAY, "Authorization", FINANCE);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFregie;jour;moyen"), csv.body());
        assertTrue(csv.body().contains(";" + chequeNumber + ";PAYMENT;" + h131 + ";") && csv.body().contains("0012345;La Banque Postale"),
                csv.body());
        HttpResponse<byte[]> docketPdf = pdf("/api/v1/finance/dockets.pdf?regie=IT_CAISSE&day=" + TODAY, FINANCE);
        assertEquals(200, docketPdf.statusCode());
        assertTrue(text(docketPdf.body()).contains("Bordereau de la régie Régie des tests de caisse"), text(docketPdf.body()));
        HttpResponse<String> export = Api.get("/api/v1/finance/exports/payments.csv?from=" + TODAY + "&to=" + TODAY
                + "&regieCode=IT_CAISSE", "Authorization", FINANCE);
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains(chequeNumber + ";" + TODAY + ";IT_CAISSE;PAYMENT;CHEQUE;" + h131), export.body());
        String openapi = Api.get("/openapi").body();
        for (String path : List.of("/finance/households/{id}/payments", "/finance/households/{id}/refunds",
                "/finance/households/{id}/credit-uses", "/finance/payments/{id}/reversal", "/finance/dockets",
                "/finance/exports/payments.csv", "/invoices/payments", "/receipts/{id}.pdf")) {
            assertTrue(openapi.contains(path), path + " not in the OpenAPI document");
        }
    }

    @Test
    void twoCashiersTakingTheWholeRemainingOfOneInvoiceAtOnceGetOneAcceptedAndOneRefused() throws Exception {
        long h133 = householdOf("famille133@example.net");
        long invoice = invoice("IT_CAISSE", h133, "RACE", 30, 2500);
        String body = payment("CASH", 2500, TODAY, null, null, null, alloc(invoice, 2500));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> cashier = () -> {
                    start.await();
                    return Api.postJson("/api/v1/finance/households/" + h133 + "/payments", body, "Authorization", FINANCE)
                            .statusCode();
                };
                answers.add(pool.submit(cashier));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertEquals(List.of(201, 400), statuses.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2500, count("select sum(amount_cents) from payment_allocation where invoice_id = " + invoice),
                "never more than the invoice");
        assertEquals(1, count("select count(*) from payment where household_id = " + h133));
    }

    @Test
    void aCreditNoteOnAPaidInvoiceReturnsTheExcessToCreditAndAPaymentWhoseCreditWasRefundedOrAnOnlineOneIsNotReversed()
            throws Exception {
        long h135 = householdOf("famille135@example.net");
        String parent = Api.basic("famille135@example.net", ItEnvironment.DEMO_PASSWORD);
        long invoice = invoice("IT_CAISSE2", h135, "H", 20, 1000);
        long line;
        try (Connection db = ItEnvironment.database()) {
            line = one(db, "insert into invoice_line (invoice_id, position, household_id, session_id, child_id, child_name,"
                    + " activity_name, day, charge, amount_cents, price_cents, quotient_known, resident) values (" + invoice
                    + ", 1, " + h135 + ", (select min(id) from activity_session), (select min(child_id) from household_child"
                    + " where household_id = " + h135 + "), 'Enfant 135', 'Cantine', '" + MONTH.atDay(3) + "', 'BOOKED', 1000,"
                    + " 1000, true, true) returning id");
        }
        String payments = "/api/v1/finance/households/" + h135 + "/payments";
        String body = Json.createObjectBuilder().add("regieCode", "IT_CAISSE2").add("means", "CASH").add("amountCents", 1000)
                .add("receivedOn", TODAY.toString()).add("allocations", Json.createArrayBuilder().add(alloc(invoice, 1000)))
                .build().toString();
        HttpResponse<String> paid = Api.postJson(payments, body, "Authorization", FINANCE);
        assertEquals(201, paid.statusCode(), paid.body());
        long cash = Api.json(paid).getJsonNumber("id").longValue();
        assertStatus(parent, invoice, "PAID", 1000, 0);

        // a credit note of 4,00 € on the paid invoice: the excess goes back to the family's credit
        HttpResponse<String> note = Api.postJson("/api/v1/finance/credit-notes", Json.createObjectBuilder()
                .add("invoiceId", invoice).add("reason", "Repas non servi").add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("invoiceLineId", line).add("amountCents", 400))).build().toString(),
                "Authorization", FINANCE);
        assertEquals(201, note.statusCode(), note.body());
        assertStatus(parent, invoice, "PAID", 600, 0);
        assertEquals(400, credit(FINANCE, payments, "IT_CAISSE2"));

        // only finance staff use or refund credit
        String refund = Json.createObjectBuilder().add("regieCode", "IT_CAISSE2").add("amountCents", 400).add("means", "CASH")
                .build().toString();
        assertEquals(403, Api.postJson("/api/v1/finance/households/" + h135 + "/refunds", refund, "Authorization", parent)
                .statusCode());
        assertEquals(403, Api.postJson("/api/v1/finance/households/" + h135 + "/credit-uses", creditUse("IT_CAISSE2",
                alloc(invoice, 1)), "Authorization", parent).statusCode());
        assertEquals(201, Api.postJson("/api/v1/finance/households/" + h135 + "/refunds", refund, "Authorization", FINANCE)
                .statusCode());
        assertEquals(0, credit(FINANCE, payments, "IT_CAISSE2"));

        // the payment whose credit was given back cannot be cancelled any more; nor can an online payment here
        HttpResponse<String> refused = Api.postJson("/api/v1/finance/payments/" + cash + "/reversal", reason("Erreur de saisie"),
                "Authorization", FINANCE);
        assertRefused(refused, "paymentId");
        assertTrue(refused.body().contains("remboursé"), refused.body());
        long online;
        try (Connection db = ItEnvironment.database()) {
            online = one(db, "insert into payment (number, regie_code, household_id, kind, means, amount_cents, received_on,"
                    + " recorded_at) values ('ONLINE-IT-" + h135 + "', 'IT_CAISSE2', " + h135 + ", 'PAYMENT', 'ONLINE_CARD', 100,"
                    + " " + Sql.today() + ", " + Sql.now() + ") returning id");
        }
        HttpResponse<String> onlineRefused = Api.postJson("/api/v1/finance/payments/" + online + "/reversal",
                reason("Erreur"), "Authorization", FINANCE);
        assertRefused(onlineRefused, "paymentId");
        assertTrue(onlineRefused.body().contains("en ligne"), onlineRefused.body());
        assertEquals(0, count("select count(*) from payment where reverses_id in (" + cash + ", " + online + ")"));
    }

    @Test
    void financeRecordsAChequeOnTheHouseholdPageSpreadOldestFirstAndTheParentSeesItsReceipt() throws Exception {
        long h134 = householdOf("famille134@example.net");
        long older = invoice("IT_CAISSE3", h134, "X", 45, 1200);
        long newer = invoice("IT_CAISSE3", h134, "Y", 15, 800);
        browser.driver.manage().deleteAllCookies();
        browser.open("/login.xhtml");
        signIn("finance@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/finance/household.xhtml?id=" + h134 + "&regie=IT_CAISSE3");
        assertTrue(browser.find("unpaidInvoices").getText().contains(YEAR + "-IT_CAISSE3-X-" + h134), browser.text());
        assertEquals("20,00", browser.find("amount").getAttribute("value"), "everything unpaid proposed at first");
        browser.assertAccessible("the household page with its payments part");

        // 15,00 € spread oldest first: all of the older invoice, the rest on the newer one
        assertFalse(browser.find("chequeNumber").isDisplayed(), "cash: no cheque fields");
        new org.openqa.selenium.support.ui.Select(browser.find("means")).selectByValue("CHEQUE");
        assertTrue(browser.find("chequeNumber").isDisplayed(), "a cheque asks its number");
        browser.type("amount", "15,00");
        browser.submit("proposeSpread");
        assertEquals("12,00", browser.find("shares:0:share").getAttribute("value"));
        assertEquals("3,00", browser.find("shares:1:share").getAttribute("value"));
        // a cheque without its number and bank is refused next to the fields
        browser.submit("recordPayment");
        assertTrue(browser.find("chequeNumber-error").getText().contains("numéro du chèque"), browser.text());
        assertTrue(browser.find("bank-error").getText().contains("banque"), browser.text());
        browser.assertAccessible("a refused counter payment");
        browser.type("chequeNumber", "7654321");
        browser.type("bank", "Crédit Mutuel");
        browser.submit("recordPayment");
        String number = YEAR + "-RC-IT_CAISSE3-000001";
        assertTrue(browser.text().contains("Règlement " + number + " enregistré"), browser.text());
        assertTrue(browser.find("paymentsTable").getText().contains(number), browser.text());
        assertEquals(1200, count("select sum(amount_cents) from payment_allocation where invoice_id = " + older));
        assertEquals(300, count("select sum(amount_cents) from payment_allocation where invoice_id = " + newer));
        assertTrue(browser.find("statementBalance").getText().contains("5,00"), browser.text());
        browser.assertAccessible("the household page after a payment");

        // the day's docket lists the cheque with its number and bank
        browser.open("/finance/dockets.xhtml?regie=IT_CAISSE3&day=" + TODAY);
        assertTrue(browser.text().contains("7654321") && browser.text().contains("Crédit Mutuel"), browser.text());
        assertTrue(browser.find("docketTotal").getText().contains("15,00"), browser.text());
        browser.assertAccessible("the docket page");

        // the parent sees what was paid, what remains and the receipt
        browser.driver.manage().deleteAllCookies();
        browser.open("/login.xhtml");
        signIn("famille134@example.net", ItEnvironment.DEMO_PASSWORD);
        browser.open("/parent/invoices.xhtml");
        assertTrue(browser.find("paymentsTable").getText().contains(number), browser.text());
        assertTrue(browser.find("invoicesTable").getText().contains("3,00"), browser.text());
        assertTrue(browser.find("statementTable").getText().contains(number), browser.text());
        assertTrue(browser.find("statementBalance").getText().contains("5,00"), browser.text());
        assertTrue(browser.find("balance").getText().contains("5,00") || browser.find("balance").getText().contains("5.00"),
                browser.text());
        browser.assertAccessible("the parent's invoices with payments");
    }

    // --- helpers

    private static void assertStatus(String parent, long invoice, String status, long paid, long remaining) {
        JsonArray mine = array(Api.get("/api/v1/invoices", "Authorization", parent));
        JsonObject found = mine.stream().map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").longValue() == invoice)
                .findFirst().orElseThrow(() -> new AssertionError("invoice " + invoice + " not in " + mine));
        assertEquals(status, found.getString("status"), found.toString());
        assertEquals(paid, found.getJsonNumber("paidCents").longValue(), found.toString());
        assertEquals(remaining, found.getJsonNumber("remainingCents").longValue(), found.toString());
    }

    private static void assertRefused(HttpResponse<String> response, String... fields) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        for (String field : fields) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), field + " not named in " + response.body());
        }
    }

    private static long credit(String auth, String paymentsPath, String regie) {
        JsonObject history = Api.json(Api.get(paymentsPath, "Authorization", auth));
        return history.getJsonArray("credits").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("regieCode").equals(regie)).mapToLong(c -> c.getJsonNumber("amountCents").longValue())
                .sum();
    }

    static JsonObject alloc(long invoice, long cents) {
        return Json.createObjectBuilder().add("invoiceId", invoice).add("amountCents", cents).build();
    }

    static String payment(String means, long cents, LocalDate day, String cheque, String bank, String reference,
                          JsonObject... allocations) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("regieCode", "IT_CAISSE").add("means", means)
                .add("amountCents", cents).add("receivedOn", day.toString());
        if (cheque != null) {
            b.add("chequeNumber", cheque);
        }
        if (bank != null) {
            b.add("bank", bank);
        }
        if (reference != null) {
            b.add("reference", reference);
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject a : allocations) {
            list.add(a);
        }
        return b.add("allocations", list).build().toString();
    }

    private static String creditUse(String regie, JsonObject... allocations) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject a : allocations) {
            list.add(a);
        }
        return Json.createObjectBuilder().add("regieCode", regie).add("allocations", list).build().toString();
    }

    private static String refund(String regie, long cents, String means) {
        return Json.createObjectBuilder().add("regieCode", regie).add("amountCents", cents).add("means", means)
                .add("reference", "FR76 TEST").build().toString();
    }

    private static String reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build().toString();
    }

    private static HttpResponse<byte[]> pdf(String path, String auth) throws Exception {
        HttpRequest.Builder request = Api.request(path).header("Authorization", auth).GET();
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(byte[] pdf) throws Exception {
        return ReadableText.pdf(pdf);
    }

    /** An invoice of the household issued `daysAgo` days ago, by SQL (the run is only its frame). */
    static long invoice(String regie, long household, String tag, int daysAgo, long cents) throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            return one(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name, issued_on,"
                    + " due_on, total_cents, published_at) values ('" + YEAR + "-" + regie + "-" + tag + "-" + household + "', "
                    + RUNS.get(regie) + ", '" + regie + "', '" + MONTH.atDay(1) + "', " + household
                    + ", 'Famille " + household + "', '" + TODAY.minusDays(daysAgo) + "', '" + TODAY.minusDays(daysAgo).plusDays(30)
                    + "', " + cents + ", " + Sql.now() + ") returning id");
        }
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static long householdOf(String email) throws SQLException {
        return count("select h.id from household h join account a on a.id = h.billing_account_id where a.email = '" + email + "'");
    }

    static long count(String sql) throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            return one(db, sql);
        }
    }
}

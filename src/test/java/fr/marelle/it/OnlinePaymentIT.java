package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static fr.marelle.it.Sql.count;
import static fr.marelle.it.Sql.one;
import static fr.marelle.it.Sql.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Paying invoices online, over HTTP, against the PayFiP simulator of the deployed portal: only the
 * server-side check with the provider marks invoices paid, whatever triggers it, exactly once.
 * Invoices are written directly on régies of this test (IT_PAY with its own client number,
 * IT_PAY2, IT_NOPAY without online payment); families famille373 to famille382.
 */
class OnlinePaymentIT extends PortalITBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = ItEnvironment.today();
    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String PAGE = "/simulateur-payfip/tpa/paiementws.web";

    private static long runPay;
    private static long runPay2;
    private static long runNoPay;
    private static int sequence;

    @BeforeAll
    static void regiesWithTheirRuns() throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            update(db, "insert into regie (code, name, payfip_client) values ('IT_PAY', 'Régie des tests du paiement', '000909'),"
                    + " ('IT_PAY2', 'Seconde régie des tests du paiement', '000910'),"
                    + " ('IT_NOPAY', 'Régie sans paiement en ligne', null) on conflict do nothing");
            runPay = run(db, "IT_PAY");
            runPay2 = run(db, "IT_PAY2");
            runNoPay = run(db, "IT_NOPAY");
        }
    }

    @Test
    void aParentPaysTwoInvoicesOnlineAndOnlyTheProvidersAnswerMarksThemPaidOnce() throws Exception {
        String parent = parent(373);
        long a = invoice("famille373@example.net", runPay, "IT_PAY", 4250);
        long b = invoice("famille373@example.net", runPay, "IT_PAY", 1000);

        JsonObject started = start(parent, a, b);
        long attempt = started.getJsonNumber("id").longValue();
        assertEquals(5250, started.getJsonNumber("amountCents").longValue());
        assertEquals("PENDING", started.getString("status"));
        String redirect = started.getString("redirectUrl");
        assertTrue(redirect.startsWith(ItEnvironment.paymentPage() + "?idop="), redirect);
        String idop = redirect.substring(redirect.indexOf("idop=") + 5);

        // before the payer chooses, the provider has no result: still pending, nothing paid
        assertEquals("PENDING", status(parent, attempt));
        assertEquals("UNPAID", invoiceStatus(parent, a));

        // a forged notification for an unknown operation changes nothing and is kept
        assertEquals(204, notify("forged-" + idop).statusCode());
        assertEquals(1, count("select count(*) from payment_attempt_event where kind = 'UNKNOWN_OPERATION'"
                + " and operation_id = 'forged-" + idop + "'"));
        assertEquals("PENDING", status(parent, attempt));

        // another family cannot read this payment
        assertEquals(404, Api.get("/api/v1/payments/" + attempt, "Authorization", parent(374)).statusCode());

        choose(idop, "CARD", "NOW", 0, 0);
        await(() -> "PAID".equals(status(parent, attempt)), "the attempt is paid");
        assertEquals(1, count("select count(*) from payment where attempt_id = " + attempt));
        assertEquals(5250, count("select amount_cents from payment where attempt_id = " + attempt));
        assertEquals(1, count("select count(*) from payment where attempt_id = " + attempt + " and means = 'ONLINE_CARD'"));
        assertEquals("PAID", invoiceStatus(parent, a));
        assertEquals("PAID", invoiceStatus(parent, b));
        assertEquals(0, remaining(parent, a) + remaining(parent, b));

        // replayed notifications change nothing
        for (int i = 0; i < 3; i++) {
            assertEquals(204, notify(idop).statusCode());
        }
        assertEquals(1, count("select count(*) from payment where attempt_id = " + attempt));
        assertEquals(5250, count("select coalesce(sum(amount_cents), 0) from payment_allocation where invoice_id in (" + a + ", " + b + ")"));

        // the receipt is mailed; every step is kept with the provider's answers
        List<Mailbox.Mail> mails = Mailbox.await("famille373@example.net", 1);
        assertTrue(mails.stream().anyMatch(m -> m.subject().contains("52,50") && m.body().contains(started.getString("reference"))),
                mails.toString());
        assertTrue(count("select count(*) from payment_attempt_event where attempt_id = " + attempt
                + " and kind in ('CREATED', 'REDIRECTED', 'CHECK', 'RESULT')") >= 4);
        assertEquals(1, count("select count(*) from audit_entry where action = 'payment.attempt.paid' and object_id = '" + attempt + "'"));

        // an invoice already paid cannot be paid again
        HttpResponse<String> again = Api.postJson("/api/v1/payments", ids(a), "Authorization", parent);
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("déjà réglée"), again.body());
    }

    @Test
    void refusedAndAbandonedPaymentsPayNothingAndANewAttemptReplacesTheOpenOne() throws Exception {
        String parent = parent(375);
        long invoice = invoice("famille375@example.net", runPay, "IT_PAY", 1890);

        JsonObject refused = start(parent, invoice);
        choose(idop(refused), "REFUSED", "NOW", 0, 0);
        long refusedId = refused.getJsonNumber("id").longValue();
        await(() -> "REFUSED".equals(status(parent, refusedId)), "the refusal is known");

        JsonObject abandoned = start(parent, invoice);
        long abandonedId = abandoned.getJsonNumber("id").longValue();
        choose(idop(abandoned), "ABANDONED", "NOW", 0, 0);
        // abandoned within the operation's 15 minutes may still be paid: it stays open
        assertEquals("PENDING", status(parent, abandonedId));
        // once the operation is older than that, abandoned is final
        update("update payment_attempt set created_at = created_at - interval '16 minutes' where id = " + abandonedId);
        await(() -> "ABANDONED".equals(status(parent, abandonedId)), "the abandon is final after 15 minutes");
        assertEquals(0, count("select count(*) from payment where household_id = " + household(375)));
        assertEquals("UNPAID", invoiceStatus(parent, invoice));

        // two attempts in a row for the same invoice: the first is given up, the second is paid
        JsonObject first = start(parent, invoice);
        JsonObject second = start(parent, invoice);
        assertEquals("EXPIRED", status(parent, first.getJsonNumber("id").longValue()));
        choose(idop(second), "DIRECT_DEBIT", "NOW", 0, 0);
        await(() -> "PAID".equals(status(parent, second.getJsonNumber("id").longValue())), "the second attempt is paid");
        assertEquals(1, count("select count(*) from payment where household_id = " + household(375)
                + " and means = 'ONLINE_DIRECT_DEBIT'"));
        assertEquals("PAID", invoiceStatus(parent, invoice));
    }

    @Test
    void withoutNotificationAndAfterNoResultYetThePollerSettlesThePayment() throws Exception {
        String parent = parent(376);
        long invoice = invoice("famille376@example.net", runPay, "IT_PAY", 730);
        JsonObject started = start(parent, invoice);
        long attempt = started.getJsonNumber("id").longValue();
        // the provider answers "no result yet" twice, and its notification is lost
        choose(idop(started), "CARD", "DROPPED", 0, 2);
        // nobody asks: only the poller can settle it
        await(() -> count("select count(*) from payment_attempt where id = " + attempt + " and status = 'PAID'") == 1,
                "the poller settles the payment");
        assertEquals(0, count("select count(*) from payment_attempt_event where attempt_id = " + attempt + " and kind = 'NOTIFICATION'"));
        assertTrue(count("select count(*) from payment_attempt_event where attempt_id = " + attempt
                + " and kind = 'CHECK' and detail like 'poller: PENDING%'") >= 2, "the two 'no result yet' answers were waited out");
        assertEquals(1, count("select count(*) from payment where attempt_id = " + attempt));
        assertEquals("PAID", invoiceStatus(parent, invoice));
    }

    @Test
    void theNotificationTheReturnAndThePollerAtTheSameMomentMakeOnePayment() throws Exception {
        String parent = parent(377);
        long invoice = invoice("famille377@example.net", runPay, "IT_PAY", 6120);
        JsonObject started = start(parent, invoice);
        long attempt = started.getJsonNumber("id").longValue();
        String idop = idop(started);
        choose(idop, "CARD", "DROPPED", 0, 0);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> notify(idop).statusCode());
                calls.add(() -> Api.get("/api/v1/payments/" + attempt, "Authorization", parent).statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                int code = f.get();
                assertTrue(code == 204 || code == 200, "answer " + code);
            }
        } finally {
            pool.shutdownNow();
        }
        await(() -> "PAID".equals(status(parent, attempt)), "the attempt is paid");
        assertEquals(1, count("select count(*) from payment where attempt_id = " + attempt));
        assertEquals(6120, count("select coalesce(sum(amount_cents), 0) from payment_allocation where invoice_id = " + invoice));
        assertEquals(1, count("select count(*) from payment_attempt_event where attempt_id = " + attempt + " and kind = 'RESULT'"));
    }

    @Test
    void badSelectionsAreRefusedWithTheirReasonAndLeaveNothingBehind() throws Exception {
        String parent = parent(378);
        long household = household(378);
        long ok = invoice("famille378@example.net", runPay, "IT_PAY", 2000);
        long other = invoice("famille379@example.net", runPay, "IT_PAY", 2000);
        long otherRegie = invoice("famille378@example.net", runPay2, "IT_PAY2", 2000);
        long noOnline = invoice("famille378@example.net", runNoPay, "IT_NOPAY", 2000);
        long tiny = invoice("famille378@example.net", runPay, "IT_PAY", 99);
        long sent = invoice("famille378@example.net", runPay, "IT_PAY", 3000);
        update("insert into invoice_treasury_transfer (invoice_id, sent_on, sent_at) values (" + sent + ", " + Sql.today() + ", " + Sql.now() + ")");

        assertRefused(parent, "{\"invoiceIds\":[]}", "invoiceIds", "au moins une facture");
        assertRefused(parent, ids(other), "invoiceIds[0]", "Facture inconnue");
        assertRefused(parent, ids(999_999_999L), "invoiceIds[0]", "Facture inconnue");
        assertRefused(parent, ids(ok, otherRegie), "invoiceIds", "régies différentes");
        assertRefused(parent, ids(noOnline), "invoiceIds[0]", "au guichet");
        assertRefused(parent, ids(tiny), "invoiceIds", "1,00 €");
        assertRefused(parent, ids(sent), "invoiceIds[0]", "Trésor public");
        assertEquals(401, Api.postJson("/api/v1/payments", ids(ok)).statusCode());
        assertEquals(0, count("select count(*) from payment_attempt where household_id = " + household));

        // finance staff have no household: paying a family's invoice online is a parent's operation (403)
        assertEquals(403, Api.postJson("/api/v1/payments", ids(ok), "Authorization", FINANCE).statusCode());
        assertEquals(0, count("select count(*) from payment_attempt where household_id = " + household));
    }

    @Test
    void whenTheProviderIsUnreachableTheParentIsToldAndNothingIsLost() throws Exception {
        String parent = parent(380);
        long invoice = invoice("famille380@example.net", runPay, "IT_PAY", 1500);
        assertEquals(200, switchUnavailable(true));
        try {
            HttpResponse<String> answer = Api.postJson("/api/v1/payments", ids(invoice), "Authorization", parent);
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Rien n’a été payé"), answer.body());
        } finally {
            assertEquals(200, switchUnavailable(false));
        }
        assertEquals(1, count("select count(*) from payment_attempt where household_id = " + household(380)
                + " and status = 'NEW' and operation_id is null"), "the attempt is kept, never sent");
        assertEquals(1, count("select count(*) from payment_attempt_event e join payment_attempt a on a.id = e.attempt_id"
                + " where a.household_id = " + household(380) + " and e.kind = 'PROVIDER_ERROR'"));
        // once the provider answers again, the family pays normally
        JsonObject started = start(parent, invoice);
        choose(idop(started), "CARD", "NOW", 0, 0);
        await(() -> "PAID".equals(status(parent, started.getJsonNumber("id").longValue())), "paid once the provider is back");
    }

    @Test
    void aProviderResultThatDiffersIsNotAppliedAndFinanceReconcilesTheDay() throws Exception {
        String parent = parent(381);
        long invoice = invoice("famille381@example.net", runPay, "IT_PAY", 2500);
        JsonObject started = start(parent, invoice);
        long attempt = started.getJsonNumber("id").longValue();
        String idop = idop(started);
        choose(idop, "CARD", "DROPPED", 0, 0);
        // the provider reports another amount than the one created
        update("update payfip_simulator_operation set montant = 2400 where id_op = '" + idop + "'");
        await(() -> "ERROR".equals(status(parent, attempt)), "the mismatch is refused");
        assertEquals(0, count("select count(*) from payment where attempt_id = " + attempt));
        assertEquals("UNPAID", invoiceStatus(parent, invoice));
        assertEquals(1, count("select count(*) from payment_alert where attempt_id = " + attempt + " and kind = 'AMOUNT_MISMATCH'"));
        assertTrue(Mailbox.await("finance@example.org", 1).stream().anyMatch(m -> m.body().contains(started.getString("reference"))));

        // the reconciliation of the day the attempt was made lists it: paid at the provider, not on the portal
        // (the day is read back as the portal wrote it: near midnight the portal's clock, which runs behind
        // this JVM's by its boot time, may still be on the day before)
        LocalDate attemptDay = LocalDate.parse(text("select (created_at at time zone 'Europe/Paris')::date from payment_attempt"
                + " where id = " + attempt));
        HttpResponse<String> live = Api.get("/api/v1/finance/online-payments/reconciliation?day=" + attemptDay,
                "Authorization", FINANCE);
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"reference\":\"" + started.getString("reference") + "\"")
                && live.body().contains("PAID_AT_PROVIDER_ONLY"), live.body());
        assertEquals(403, Api.get("/api/v1/finance/online-payments/reconciliation?day=" + attemptDay, "Authorization", parent)
                .statusCode());

        // the provider's statement of the day of the payment (its dattrans), with a line the portal never created
        LocalDate paidDay = LocalDate.parse(text("select dattrans from payfip_simulator_operation where id_op = '" + idop + "'"),
                DateTimeFormatter.ofPattern("ddMMuuuu"));
        String statement = Api.get("/simulateur-payfip/releve.csv?date=" + paidDay + "&numcli=000909", "Authorization", FINANCE).body()
                + "000909;" + TODAY.getYear() + ";MUNKNOWN0001;op-x;1234;P;01012026;1000;X1\n";
        HttpResponse<String> report = Api.send(Api.request("/api/v1/finance/online-payments/reconciliation/statement?day=" + paidDay)
                .header("Authorization", FINANCE).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(statement)));
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.body().contains("UNKNOWN_REFERENCE") && report.body().contains("MUNKNOWN0001"), report.body());
        assertTrue(report.body().contains(started.getString("reference")), report.body());
        HttpResponse<String> bad = Api.send(Api.request("/api/v1/finance/online-payments/reconciliation/statement?day=" + paidDay)
                .header("Authorization", FINANCE).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("refdet;montant\nA;12\n")));
        assertEquals(400, bad.statusCode());

        // finance closes the alert, saying what was done
        long alert = count("select id from payment_alert where attempt_id = " + attempt);
        assertEquals(400, Api.postJson("/api/v1/finance/online-payments/alerts/" + alert + "/closing", "{\"note\":\"\"}",
                "Authorization", FINANCE).statusCode());
        assertEquals(204, Api.postJson("/api/v1/finance/online-payments/alerts/" + alert + "/closing",
                "{\"note\":\"Vu avec la DGFiP\"}", "Authorization", FINANCE).statusCode());
        assertEquals(1, count("select count(*) from payment_alert where id = " + alert + " and closed_at is not null"));
    }

    /**
     * Signed in on the portal's origin (127.0.0.1), the parent is sent to the payment page on another
     * origin (localhost), as with the real PayFiP, and comes back to the portal: the portal's CSP
     * must let the pay form lead there, and the payment page's must let its form lead back.
     */
    @Test
    void aParentPaysOnThePaymentPageOfAnotherOriginAndSeesTheConfirmation() throws Exception {
        Browser.assumeInstalled();
        long invoice = invoice("famille382@example.net", runPay, "IT_PAY", 3275);
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.type("email", "famille382@example.net");
            browser.type("password", ItEnvironment.DEMO_PASSWORD);
            browser.submit("submit");
            browser.open("/parent/pay.xhtml");
            assertTrue(browser.text().contains("Régie des tests du paiement"), browser.text());
            browser.assertAccessible("the parent's online payment page");
            browser.assertNoCspViolation("on the pay page");
            browser.click(browser.find("payButton-IT_PAY"));
            browser.waiting(Duration.ofSeconds(30)).until(d -> {
                browser.assertNoCspViolation("sending the parent to the payment page");
                return d.getCurrentUrl().startsWith(ItEnvironment.paymentPage());
            });
            assertTrue(browser.text().contains("32,75"), browser.text());
            browser.click(browser.find("valider"));
            browser.waiting(Duration.ofSeconds(30)).until(d -> {
                browser.assertNoCspViolation("coming back from the payment page");
                return d.getCurrentUrl().startsWith(ItEnvironment.baseUrl() + "/parent/payment.xhtml");
            });
            browser.waiting(Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.id("statusText")).getText().contains("Paiement confirmé"));
            assertTrue(browser.text().contains("Reçu n°"), browser.text());
            browser.assertAccessible("the payment confirmation page");
            browser.open("/parent/invoice.xhtml?id=" + invoice);
            assertTrue(browser.find("detailPayments").getText().contains("32,75"), browser.text());
        }
        assertEquals(1, count("select count(*) from payment_allocation where invoice_id = " + invoice));
    }

    @Test
    void theAdministratorSetsARegiesPayfipClientNumberAndChecksItWithPayfip() throws Exception {
        Browser.assumeInstalled();
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.type("email", "admin@example.org");
            browser.type("password", ItEnvironment.DEMO_PASSWORD);
            browser.submit("submit");
            browser.open("/admin/settings.xhtml");
            browser.type("payfipClient-IT_NOPAY", "12");
            browser.submit("savePayfip-IT_NOPAY");
            assertTrue(browser.text().contains("6 chiffres"), browser.text());
            assertEquals(0, count("select count(*) from regie where code = 'IT_NOPAY' and payfip_client is not null"));
            browser.type("payfipClient-IT_NOPAY", "000911");
            browser.submit("savePayfip-IT_NOPAY");
            assertEquals(1, count("select count(*) from regie where code = 'IT_NOPAY' and payfip_client = '000911'"));
            browser.submit("checkPayfip-IT_NOPAY");
            assertTrue(browser.text().contains("PayFiP connaît le numéro de client 000911"), browser.text());
            browser.assertAccessible("the administrator's settings with the PayFiP client numbers");
            browser.type("payfipClient-IT_NOPAY", "");
            browser.submit("savePayfip-IT_NOPAY");
            assertEquals(0, count("select count(*) from regie where code = 'IT_NOPAY' and payfip_client is not null"));
        }
        assertEquals(2, count("select count(*) from audit_entry where action = 'payment.payfipClient.set' and object_id = 'IT_NOPAY'"));
        assertTrue(Api.get("/openapi").body().contains("/payments/notifications"), "OpenAPI describes the payment endpoints");
    }

    // --- helpers ---

    private static void assertRefused(String parent, String body, String field, String text) {
        HttpResponse<String> answer = Api.postJson("/api/v1/payments", body, "Authorization", parent);
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"" + field + "\"") && answer.body().contains(text), answer.body());
    }

    private static JsonObject start(String parent, long... invoiceIds) {
        HttpResponse<String> answer = Api.postJson("/api/v1/payments", ids(invoiceIds), "Authorization", parent);
        assertEquals(201, answer.statusCode(), answer.body());
        return Api.json(answer);
    }

    private static String idop(JsonObject started) {
        String redirect = started.getString("redirectUrl");
        return redirect.substring(redirect.indexOf("idop=") + 5);
    }

    private static String ids(long... invoiceIds) {
        StringBuilder b = new StringBuilder("{\"invoiceIds\":[");
        for (int i = 0; i < invoiceIds.length; i++) {
            b.append(i == 0 ? "" : ",").append(invoiceIds[i]);
        }
        return b.append("]}").toString();
    }

    private static String status(String parent, long attempt) {
        HttpResponse<String> answer = Api.get("/api/v1/payments/" + attempt, "Authorization", parent);
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer).getString("status");
    }

    private static JsonObject invoiceJson(String parent, long invoice) {
        HttpResponse<String> answer = Api.get("/api/v1/invoices/" + invoice, "Authorization", parent);
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer).getJsonObject("invoice");
    }

    private static String invoiceStatus(String parent, long invoice) {
        return invoiceJson(parent, invoice).getString("status");
    }

    private static long remaining(String parent, long invoice) {
        return invoiceJson(parent, invoice).getJsonNumber("remainingCents").longValue();
    }

    private static HttpResponse<String> notify(String idop) {
        return Api.send(Api.request("/api/v1/payments/notifications").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("idop=" + URLEncoder.encode(idop, StandardCharsets.UTF_8))));
    }

    /** The payer's choice on the simulator's payment page. */
    private static void choose(String idop, String result, String notification, int delay, int noResult) {
        String form = "idop=" + URLEncoder.encode(idop, StandardCharsets.UTF_8) + "&resultat=" + result
                + "&notification=" + notification + "&delai=" + delay + "&sansresultat=" + noResult;
        HttpResponse<String> answer = Api.send(Api.request(PAGE).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(303, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(ItEnvironment.baseUrl() + "/parent/payment.xhtml?attempt="), location);
    }

    private static int switchUnavailable(boolean on) {
        return Api.send(Api.request("/simulateur-payfip/admin/unavailable").header("Authorization", FINANCE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("on=" + on))).statusCode();
    }

    /** Waits for a condition the portal reaches by itself (a check, the poller), with a deadline. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not reached within 60 s: " + what);
            }
            Thread.sleep(200);
        }
    }

    /** The first column of the first row, as text. */
    private static String text(String sql) throws SQLException {
        try (Connection db = ItEnvironment.database(); PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next(), "no row: " + sql);
            return rs.getString(1);
        }
    }

    private static String parent(int n) {
        return Api.basic("famille" + n + "@example.net", ItEnvironment.DEMO_PASSWORD);
    }

    private static long household(int n) {
        return count("select h.id from household h join account a on a.id = h.billing_account_id"
                + " where a.email = 'famille" + n + "@example.net'");
    }

    private static long run(Connection db, String regie) throws SQLException {
        return one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices, total_cents)"
                + " values ('" + regie + "', date_trunc('month', " + Sql.today() + " - interval '1 month'), 'VALIDATED', " + Sql.now() + ", " + Sql.now() + ", 0, 0)"
                + " returning id");
    }

    /** A published invoice of the family's household for the amount (written as an invoicing run would). */
    private static long invoice(String email, long run, String regie, long cents) throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            long household = one(db, "select h.id from household h join account a on a.id = h.billing_account_id"
                    + " where a.email = '" + email + "'");
            synchronized (OnlinePaymentIT.class) {
                sequence++;
            }
            String number = TODAY.getYear() + "-" + regie + "-" + String.format("%06d", 900_000 + sequence);
            return one(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name, issued_on, due_on,"
                    + " total_cents, published_at) values ('" + number + "', " + run + ", '" + regie + "',"
                    + " date_trunc('month', " + Sql.today() + " - interval '1 month'), " + household + ", 'Famille test', " + Sql.today() + ","
                    + " " + Sql.today() + " + 30, " + cents + ", " + Sql.now() + ") returning id");
        }
    }
}

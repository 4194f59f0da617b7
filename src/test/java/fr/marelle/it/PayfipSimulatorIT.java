package fr.marelle.it;

import fr.marelle.payment.control.CreatedOperation;
import fr.marelle.payment.control.OnlineMeans;
import fr.marelle.payment.control.OperationRequest;
import fr.marelle.payment.control.OperationResult;
import fr.marelle.payment.control.PayfipEndpoint;
import fr.marelle.payment.control.PayfipEnvelopes;
import fr.marelle.payment.control.PayfipProvider;
import fr.marelle.payment.control.ProviderException;
import fr.marelle.payment.control.ProviderState;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The PayFiP adapter, built in this JVM, against the PayFiP simulator of the deployed portal, over
 * real HTTP: creation, the payment page, results read back, faults, notifications to a test
 * server. No demo family is used: the simulator knows the demo régies' client numbers.
 */
class PayfipSimulatorIT extends PortalITBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String PAGE = "/simulateur-payfip/tpa/paiementws.web";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private static final String SERVICE = "/simulateur-payfip/tpa/services/securite";
    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String PARENT = Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD);
    /** The simulator notifies only the portal: its notification address, which accepts any idOp. */
    private static final String NOTIFICATIONS = "/api/v1/payments/notifications";

    private static PayfipProvider provider(Clock clock) {
        return new PayfipProvider(new PayfipEndpoint(
                URI.create(ItEnvironment.baseUrl() + "/simulateur-payfip/tpa/services/securite"),
                URI.create(ItEnvironment.baseUrl() + PAGE), "T"), clock, PayfipProvider.defaultClient());
    }

    private static final PayfipProvider PAYFIP = provider(ItEnvironment.clock());

    private static String reference() {
        return "IT" + System.currentTimeMillis() + "N" + SEQUENCE.incrementAndGet();
    }

    private static OperationRequest request(String numcli, String reference, long cents) {
        return new OperationRequest(numcli, reference, 2026, "Cantine février – Léa", cents, "payeur.it@example.net",
                URI.create(ItEnvironment.baseUrl() + NOTIFICATIONS),
                URI.create(ItEnvironment.baseUrl() + "/index.xhtml?retour=" + reference));
    }

    /** Submits the payment page's form as a browser would; the answer (303 back to the portal, or an error). */
    private static HttpResponse<String> choose(String idOp, String result, String notification, int delay, int noResult) {
        String form = "idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8) + "&resultat=" + result
                + "&notification=" + notification + "&delai=" + delay + "&sansresultat=" + noResult;
        return Api.send(Api.request(PAGE).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static void chosen(CreatedOperation op, String result, String notification, int delay, int noResult) {
        HttpResponse<String> answer = choose(op.operationId(), result, notification, delay, noResult);
        assertEquals(303, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(ItEnvironment.baseUrl() + "/index.xhtml?retour="), location);
        assertTrue(location.endsWith("&idop=" + op.operationId()), location);
    }

    /** When the simulator notified the portal of the operation (the portal's clock), once it has; and what it answered. */
    private static Notified awaitNotification(String idOp) throws InterruptedException, SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Optional<Notified> n = notified(idOp);
            if (n.isPresent()) {
                return n.get();
            }
            if (System.nanoTime() > deadline) {
                fail("no notification for " + idOp + " within 20 s");
            }
            Thread.sleep(50);
        }
    }

    private record Notified(Instant at, String status) {
    }

    private static Optional<Notified> notified(String idOp) throws SQLException {
        try (Connection db = ItEnvironment.database();
             PreparedStatement s = db.prepareStatement("select notified_at, notify_status from payfip_simulator_operation"
                     + " where id_op = ? and notified_at is not null and notify_status is not null")) {
            s.setString(1, idOp);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Notified(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)))
                        : Optional.empty();
            }
        }
    }

    @Test
    void aPaymentChosenOnThePageIsReadBackPaidWithTheExactAmountReferenceAuthorisationAndDateAndNotifiedWithOnlyItsId()
            throws Exception {
        String ref = reference();
        CreatedOperation op = PAYFIP.create(request("000001", ref, 4250));
        assertEquals(URI.create(ItEnvironment.baseUrl() + PAGE + "?idop=" + op.operationId()), op.redirectUrl());
        assertTrue(op.rawAnswer().contains(op.operationId()));
        Instant createdAt = ItEnvironment.clock().instant();

        HttpResponse<String> page = Api.send(Api.request(PAGE + "?idop=" + op.operationId()).GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(ref), "the page shows the reference");
        assertTrue(page.body().contains("42,50\u00a0€"), "the page shows the amount");
        assertTrue(page.body().contains("Cantine fevrier Lea"), "the label was sent without accents and signs");
        assertTrue(page.body().contains("000001"), "the page shows the town's client number");
        assertEquals(ProviderState.PENDING, PAYFIP.fetch(op.operationId(), createdAt).state(), "no result before the choice");

        chosen(op, "CARD", "NOW", 0, 0);
        // the simulator dates the payment with the portal's clock, which runs behind this JVM's by the boot
        // time of the portal: the choice's time is taken on the portal's clock (the operation was created just before)
        LocalDateTime choiceTime = createdOnThePortalsClock(op.operationId());
        OperationResult result = PAYFIP.fetch(op.operationId(), createdAt);
        assertEquals(ProviderState.PAID, result.state());
        assertEquals(OnlineMeans.CARD, result.means());
        assertEquals(4250L, result.amountCents());
        assertEquals(ref, result.reference());
        assertTrue(result.authorisation().matches("[0-9]{12}-tip"), result.authorisation());
        assertEquals(1, java.util.UUID.fromString(op.operationId()).version(), "a time-based idOp, as PayFiP's");
        assertTrue(Math.abs(Duration.between(result.paidAt(), choiceTime).toMinutes()) <= 1, result.paidAt() + " vs " + choiceTime);
        assertEquals("P", result.providerCode());
        assertTrue(result.rawAnswer().contains("<resultrans>P</resultrans>"));

        assertEquals("HTTP 204", awaitNotification(op.operationId()).status(), "the portal took the notification");
        assertEquals(1, Sql.count("select count(*) from payment_attempt_event where kind = 'UNKNOWN_OPERATION'"
                + " and operation_id = '" + op.operationId() + "'"), "the portal read the idOp of the notification");

        // single use: the page and its form no longer take the operation
        assertEquals(410, Api.send(Api.request(PAGE + "?idop=" + op.operationId()).GET()).statusCode());
        assertEquals(410, choose(op.operationId(), "REFUSED", "NOW", 0, 0).statusCode());
        assertEquals(404, Api.send(Api.request(PAGE + "?idop=unknown").GET()).statusCode());

        // the statement of the day it was paid lists it (the provider's day, read back: near midnight the
        // portal's clock may still be on the day before the test's)
        String day = result.paidAt().toLocalDate().toString();
        HttpResponse<String> csv = Api.get("/simulateur-payfip/releve.csv?date=" + day + "&numcli=000001", "Authorization", FINANCE);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("numcli;exer;refdet;idop;montant;resultrans;dattrans;heurtrans;numauto\r\n"));
        assertTrue(csv.body().contains("000001;2026;" + ref + ";" + op.operationId() + ";4250;P;"), csv.body());
        assertFalse(Api.get("/simulateur-payfip/releve.csv?date=" + day + "&numcli=000002", "Authorization", FINANCE)
                .body().contains(ref));
        assertEquals(400, Api.get("/simulateur-payfip/releve.csv?date=hier", "Authorization", FINANCE).statusCode());
    }

    @Test
    void refusedIsRefusedDirectDebitIsPaidAndAnAbandonIsPendingUntilTheOperationIsFifteenMinutesOld() throws Exception {
        CreatedOperation refused = PAYFIP.create(request("000002", reference(), 1200));
        chosen(refused, "REFUSED", "DROPPED", 0, 0);
        OperationResult r = PAYFIP.fetch(refused.operationId(), ItEnvironment.clock().instant());
        assertEquals(ProviderState.REFUSED, r.state());
        assertNull(r.means());

        CreatedOperation debit = PAYFIP.create(request("000003", reference(), 100));
        chosen(debit, "DIRECT_DEBIT", "DROPPED", 0, 0);
        OperationResult d = PAYFIP.fetch(debit.operationId(), ItEnvironment.clock().instant());
        assertEquals(ProviderState.PAID, d.state());
        assertEquals(OnlineMeans.DIRECT_DEBIT, d.means());
        assertEquals(100L, d.amountCents());

        CreatedOperation abandoned = PAYFIP.create(request("000001", reference(), 3000));
        Instant createdAt = ItEnvironment.clock().instant();
        chosen(abandoned, "ABANDONED", "DROPPED", 0, 0);
        assertEquals(ProviderState.PENDING, PAYFIP.fetch(abandoned.operationId(), createdAt).state());
        PayfipProvider later = provider(Clock.offset(ItEnvironment.clock(), Duration.ofMinutes(16)));
        OperationResult a = later.fetch(abandoned.operationId(), createdAt);
        assertEquals(ProviderState.ABANDONED, a.state());
        assertEquals("A", a.providerCode());
    }

    @Test
    void noResultYetIsPendingAsLongAsAskedThenThePaymentShowsAndAnOperationNeverResolvedExpiresAfterTwentyMinutes()
            throws Exception {
        CreatedOperation op = PAYFIP.create(request("000001", reference(), 5000));
        Instant createdAt = ItEnvironment.clock().instant();
        chosen(op, "CARD", "DROPPED", 0, 2);
        OperationResult first = PAYFIP.fetch(op.operationId(), createdAt);
        assertEquals(ProviderState.PENDING, first.state());
        assertEquals("P5", first.providerCode());
        assertEquals(ProviderState.PENDING, PAYFIP.fetch(op.operationId(), createdAt).state());
        OperationResult third = PAYFIP.fetch(op.operationId(), createdAt);
        assertEquals(ProviderState.PAID, third.state());
        assertEquals(5000L, third.amountCents());

        CreatedOperation never = PAYFIP.create(request("000001", reference(), 5000));
        Instant neverCreated = ItEnvironment.clock().instant();
        assertEquals(ProviderState.PENDING, PAYFIP.fetch(never.operationId(), neverCreated).state());
        PayfipProvider later = provider(Clock.offset(ItEnvironment.clock(), Duration.ofMinutes(21)));
        assertEquals(ProviderState.EXPIRED, later.fetch(never.operationId(), neverCreated).state());

        OperationResult unknown = PAYFIP.fetch("no-such-operation", ItEnvironment.clock().instant());
        assertEquals(ProviderState.EXPIRED, unknown.state());
        assertEquals("P1", unknown.providerCode());
    }

    @Test
    void badRequestsAreRefusedWithACodeAndAnAmountBelowOneEuroIsRefusedBeforeAnythingIsSent() throws Exception {
        ProviderException unknownClient = assertThrows(ProviderException.class,
                () -> PAYFIP.create(request("999999", reference(), 4250)));
        assertEquals(ProviderException.Kind.REFUSED, unknownClient.kind());
        assertEquals("T2", unknownClient.code());
        assertTrue(PAYFIP.checkClient("000001"));
        assertFalse(PAYFIP.checkClient("999999"));

        // pointed at a port where nothing listens: a request that left would be UNREACHABLE, not REFUSED
        PayfipProvider nowhere = new PayfipProvider(new PayfipEndpoint(URI.create("http://127.0.0.1:" + closedPort() + "/x"),
                URI.create("http://127.0.0.1/p"), "T"), Clock.systemUTC(), PayfipProvider.defaultClient());
        ProviderException tooSmall = assertThrows(ProviderException.class,
                () -> nowhere.create(request("000001", reference(), 99)));
        assertEquals(ProviderException.Kind.REFUSED, tooSmall.kind());
        assertEquals("MARELLE_MONTANT", tooSmall.code());
        assertEquals(ProviderException.Kind.UNREACHABLE, assertThrows(ProviderException.class,
                () -> nowhere.create(request("000001", reference(), 100))).kind());
    }

    @Test
    void eachRefusedFieldGetsPayfipsCodeInPayfipsFault() throws Exception {
        assertEquals("R3", createFault(Map.of("refdet", "ABCD")));
        assertEquals("OK", createFault(Map.of("refdet", "ABC" + SEQUENCE.incrementAndGet() + "DEF")), "6 characters are taken");
        assertEquals("A1", createFault(Map.of("mel", "")));
        assertEquals("A2", createFault(Map.of("mel", "pas-une-adresse")));
        assertEquals("M1", createFault(Map.of("montant", "12,50")));
        assertEquals("M3", createFault(Map.of("montant", "99")));
        assertEquals("M5", createFault(Map.of("montant", "10000001")));
        assertEquals("T1", createFault(Map.of("numcli", "12345")));
        assertEquals("T2", createFault(Map.of("numcli", "999999")));
        assertEquals("S1", createFault(Map.of("saisie", "Q")));
        // the simulator calls and sends browsers only to the portal (no SSRF, no open redirect)
        assertEquals("N1", createFault(Map.of("urlnotif", "http://169.254.169.254/latest/meta-data")));
        assertEquals("N1", createFault(Map.of("urlnotif", "http://127.0.0.1:" + closedPort() + NOTIFICATIONS)));
        assertEquals("D1", createFault(Map.of("urlredirect", "https://phishing.example/payfip")));
        // several faults at once: PayFiP's order of checks decides which one is answered
        assertEquals("T2", createFault(Map.of("numcli", "999999", "montant", "99", "refdet", "AB")));
        assertEquals("M3", createFault(Map.of("montant", "99", "mel", "x", "refdet", "AB")));

        HttpResponse<String> unknownClient = soap(PayfipEnvelopes.client("999999"));
        assertEquals(500, unknownClient.statusCode());
        assertTrue(unknownClient.body().contains("<code>T2</code>"), unknownClient.body());
    }

    @Test
    void theClientCheckGivesThreeLabelLinesAndPayfipsContractIsPublishedAtWsdl() throws Exception {
        HttpResponse<String> client = soap(PayfipEnvelopes.client("000001"));
        assertEquals(200, client.statusCode(), client.body());
        for (String field : List.of("libelleN1", "libelleN2", "libelleN3", "numcli")) {
            assertTrue(client.body().contains("<" + field + ">"), field + " in " + client.body());
        }
        HttpResponse<String> wsdl = Api.get(SERVICE + "?wsdl");
        assertEquals(200, wsdl.statusCode());
        assertTrue(Api.mediaType(wsdl).equals("text/xml"), Api.mediaType(wsdl));
        assertTrue(wsdl.body().contains("<soap:address location=\"" + ItEnvironment.baseUrl() + SERVICE + "\"/>"), wsdl.body());
        for (int n = 1; n <= 3; n++) {
            assertTrue(wsdl.body().contains("schemaLocation=\"" + ItEnvironment.baseUrl() + SERVICE + "?xsd=" + n + "\""));
            HttpResponse<String> xsd = Api.get(SERVICE + "?xsd=" + n);
            assertEquals(200, xsd.statusCode());
            assertTrue(xsd.body().contains("<xs:schema"), xsd.body());
        }
        assertEquals(404, Api.get(SERVICE + "?xsd=4").statusCode());
    }

    @Test
    void aRequestPayfipWouldNotUnderstandIsRefusedWithAClientFault() {
        String valid = PayfipEnvelopes.detail("c2b7e1a0-6f43-11ef-9b4e-0050568c4f5a");
        HttpResponse<String> qualified = soap(valid.replace("<idOp>", "<pai:idOp>").replace("</idOp>", "</pai:idOp>"));
        assertEquals(500, qualified.statusCode());
        assertTrue(qualified.body().contains("<faultcode>S:Client</faultcode>"), qualified.body());
        HttpResponse<String> otherNamespace = soap(valid.replace("contrat_paiement_securise", "contrat"));
        assertTrue(otherNamespace.body().contains("Cannot find dispatch method"), otherNamespace.body());
    }

    @Test
    void aRefusedDirectDebitIsRefusedAndAnOperationADayOldIsForgotten() throws Exception {
        CreatedOperation z = PAYFIP.create(request("000002", reference(), 1500));
        chosen(z, "DIRECT_DEBIT_REFUSED", "DROPPED", 0, 0);
        OperationResult refused = PAYFIP.fetch(z.operationId(), ItEnvironment.clock().instant());
        assertEquals(ProviderState.REFUSED, refused.state());
        assertEquals("Z", refused.providerCode());

        CreatedOperation old = PAYFIP.create(request("000001", reference(), 1500));
        chosen(old, "CARD", "DROPPED", 0, 0);
        try (Connection db = ItEnvironment.database();
             PreparedStatement s = db.prepareStatement("update payfip_simulator_operation"
                     + " set created_at = created_at - interval '25 hours' where id_op = ?")) {
            s.setString(1, old.operationId());
            assertEquals(1, s.executeUpdate());
        }
        OperationResult forgotten = PAYFIP.fetch(old.operationId(), ItEnvironment.clock().instant());
        assertEquals(ProviderState.EXPIRED, forgotten.state());
        assertEquals("P1", forgotten.providerCode());
    }

    @Test
    void theSimulatorsControlsNeedAFinanceOrAdministratorSession() {
        assertEquals(302, switchUnavailable(true, null), "anonymous: sent to the login page");
        assertEquals(403, switchUnavailable(true, PARENT));
        String day = ItEnvironment.today().toString();
        assertEquals(302, Api.get("/simulateur-payfip/releve.csv?date=" + day).statusCode());
        assertEquals(403, Api.get("/simulateur-payfip/releve.csv?date=" + day, "Authorization", PARENT).statusCode());
        assertEquals(200, Api.get("/simulateur-payfip/releve.csv?date=" + day, "Authorization", FINANCE).statusCode());
        assertEquals(0, Sql.count("select count(*) from setting where name = 'payfip-simulator.unavailable' and value = 'true'"));
    }

    /** Sends creerPaiementSecurise with good fields except {@code changed}; the fault code, or "OK". */
    private static String createFault(Map<String, String> changed) {
        Map<String, String> arg = new java.util.TreeMap<>(Map.of("exer", "2026", "mel", "payeur.it@example.net",
                "montant", "4250", "numcli", "000001", "objet", "Cantine", "refdet", reference(), "saisie", "T",
                "urlnotif", ItEnvironment.baseUrl() + NOTIFICATIONS, "urlredirect", ItEnvironment.baseUrl() + "/index.xhtml"));
        arg.putAll(changed);
        HttpResponse<String> answer = soap(PayfipEnvelopes.request("creerPaiementSecurise", arg));
        if (answer.statusCode() == 200) {
            return "OK";
        }
        assertEquals(500, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("<faultstring>fr.gouv.finances.cp.tpa.webservice.exceptions.FonctionnelleErreur</faultstring>"),
                answer.body());
        String body = answer.body();
        return body.substring(body.indexOf("<code>") + 6, body.indexOf("</code>"));
    }

    private static HttpResponse<String> soap(String envelope) {
        return Api.send(Api.request(SERVICE).header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
    }

    @Test
    void whileTheProviderIsSwitchedUnavailableEveryCallIsUnreachable() throws Exception {
        CreatedOperation op = PAYFIP.create(request("000001", reference(), 4250));
        try {
            assertEquals(200, switchUnavailable(true));
            ProviderException create = assertThrows(ProviderException.class,
                    () -> PAYFIP.create(request("000001", reference(), 4250)));
            assertEquals(ProviderException.Kind.UNREACHABLE, create.kind());
            assertEquals("503", create.code());
            assertEquals(ProviderException.Kind.UNREACHABLE, assertThrows(ProviderException.class,
                    () -> PAYFIP.fetch(op.operationId(), ItEnvironment.clock().instant())).kind());
        } finally {
            switchUnavailable(false);
        }
        assertEquals(ProviderState.PENDING, PAYFIP.fetch(op.operationId(), ItEnvironment.clock().instant()).state());
    }

    @Test
    void aNotificationCanBeDelayedOrDropped() throws Exception {
        CreatedOperation dropped = PAYFIP.create(request("000001", reference(), 700));
        chosen(dropped, "CARD", "DROPPED", 0, 0);
        CreatedOperation delayed = PAYFIP.create(request("000001", reference(), 800));
        chosen(delayed, "CARD", "DELAYED", 2, 0);
        Instant choice = ItEnvironment.clock().instant();
        CreatedOperation atOnce = PAYFIP.create(request("000001", reference(), 900));
        chosen(atOnce, "CARD", "NOW", 0, 0);

        awaitNotification(atOnce.operationId());
        Notified late = awaitNotification(delayed.operationId());
        assertTrue(!late.at().isBefore(choice.plusMillis(1500)), "the delayed notification came after its delay");
        // notifications go out in the order they are due: the dropped one, due first, would have come by now
        assertTrue(notified(dropped.operationId()).isEmpty(), "the dropped notification never comes");
        assertEquals(ProviderState.PAID, PAYFIP.fetch(dropped.operationId(), ItEnvironment.clock().instant()).state());
    }

    @Test
    void thePaymentPageIsAccessibleAndUsableWithTheKeyboardOnly() throws Exception {
        Browser.assumeInstalled();
        CreatedOperation op = PAYFIP.create(request("000001", reference(), 4250));
        try (Browser browser = new Browser()) {
            browser.driver.get(op.redirectUrl().toString());
            assertEquals("Paiement de votre facture", browser.heading());
            browser.assertAccessible("the PayFiP simulator's payment page");
            // the first radio button holds the focus of its group: arrow down selects the next one (direct debit)
            browser.find("resultat-carte").sendKeys(Keys.ARROW_DOWN);
            assertTrue(browser.find("resultat-prelevement").isSelected());
            browser.find("valider").sendKeys(Keys.ENTER);
            browser.waiting(Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("/index.xhtml?retour="));
            assertTrue(browser.driver.getCurrentUrl().endsWith("idop=" + op.operationId()));
            assertFalse(browser.driver.findElements(By.tagName("body")).isEmpty());
        }
        OperationResult result = PAYFIP.fetch(op.operationId(), ItEnvironment.clock().instant());
        assertEquals(ProviderState.PAID, result.state());
        assertEquals(OnlineMeans.DIRECT_DEBIT, result.means());
    }

    /** When the simulator created the operation, on the portal's clock (Paris local time). */
    private static LocalDateTime createdOnThePortalsClock(String idOp) throws SQLException {
        try (Connection db = ItEnvironment.database();
             PreparedStatement s = db.prepareStatement("select created_at from payfip_simulator_operation where id_op = ?")) {
            s.setString(1, idOp);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no operation " + idOp);
                return rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(PARIS).toLocalDateTime();
            }
        }
    }

    private static int switchUnavailable(boolean on) {
        return switchUnavailable(on, FINANCE);
    }

    private static int switchUnavailable(boolean on, String authorization) {
        HttpRequest.Builder request = Api.request("/simulateur-payfip/admin/unavailable")
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Api.send(request
                .POST(HttpRequest.BodyPublishers.ofString("on=" + on))).statusCode();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package fr.marelle.it;

import com.sun.net.httpserver.HttpServer;
import fr.marelle.payment.control.CreatedOperation;
import fr.marelle.payment.control.OnlineMeans;
import fr.marelle.payment.control.OperationRequest;
import fr.marelle.payment.control.OperationResult;
import fr.marelle.payment.control.PayfipEndpoint;
import fr.marelle.payment.control.PayfipProvider;
import fr.marelle.payment.control.ProviderException;
import fr.marelle.payment.control.ProviderState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

    /** Notifications received by the test server: the request bodies and queries, in order. */
    private static final List<String> notifications = new CopyOnWriteArrayList<>();
    private static final Map<String, Instant> notifiedAt = new ConcurrentHashMap<>();
    private static HttpServer notificationServer;

    @BeforeAll
    static void startNotificationServer() throws IOException {
        notificationServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        notificationServer.createContext("/notify", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String query = exchange.getRequestURI().getRawQuery();
            String got = exchange.getRequestMethod() + " " + (query == null ? "" : "?" + query) + " " + body;
            notifications.add(got);
            if (body.startsWith("idop=")) {
                notifiedAt.put(java.net.URLDecoder.decode(body.substring(5), StandardCharsets.UTF_8), ItEnvironment.clock().instant());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        notificationServer.start();
    }

    @AfterAll
    static void stopNotificationServer() {
        if (notificationServer != null) {
            notificationServer.stop(0);
        }
    }

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
                URI.create("http://127.0.0.1:" + notificationServer.getAddress().getPort() + "/notify"),
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

    private static void awaitNotification(String idOp) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!notifiedAt.containsKey(idOp)) {
            if (System.nanoTime() > deadline) {
                fail("no notification for " + idOp + " within 20 s; received: " + notifications);
            }
            Thread.sleep(50);
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
        assertTrue(result.authorisation().matches("[0-9]{6}"), result.authorisation());
        assertTrue(Math.abs(Duration.between(result.paidAt(), choiceTime).toMinutes()) <= 1, result.paidAt() + " vs " + choiceTime);
        assertEquals("P", result.providerCode());
        assertTrue(result.rawAnswer().contains("<resultrans>P</resultrans>"));

        awaitNotification(op.operationId());
        assertTrue(notifications.contains("POST  idop=" + URLEncoder.encode(op.operationId(), StandardCharsets.UTF_8)),
                "only the idop, in a form body: " + notifications);

        // single use: the page and its form no longer take the operation
        assertEquals(410, Api.send(Api.request(PAGE + "?idop=" + op.operationId()).GET()).statusCode());
        assertEquals(410, choose(op.operationId(), "REFUSED", "NOW", 0, 0).statusCode());
        assertEquals(404, Api.send(Api.request(PAGE + "?idop=unknown").GET()).statusCode());

        // the statement of the day it was paid lists it (the provider's day, read back: near midnight the
        // portal's clock may still be on the day before the test's)
        String day = result.paidAt().toLocalDate().toString();
        HttpResponse<String> csv = Api.send(Api.request("/simulateur-payfip/releve.csv?date=" + day + "&numcli=000001").GET());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("numcli;exer;refdet;idop;montant;resultrans;dattrans;heurtrans;numauto\r\n"));
        assertTrue(csv.body().contains("000001;2026;" + ref + ";" + op.operationId() + ";4250;P;"), csv.body());
        assertFalse(Api.send(Api.request("/simulateur-payfip/releve.csv?date=" + day + "&numcli=000002").GET())
                .body().contains(ref));
        assertEquals(400, Api.send(Api.request("/simulateur-payfip/releve.csv?date=hier").GET()).statusCode());
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
        assertEquals("C1", unknownClient.code());
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
        awaitNotification(delayed.operationId());
        assertTrue(!notifiedAt.get(delayed.operationId()).isBefore(choice.plusMillis(1500)),
                "the delayed notification came after its delay");
        // notifications go out in the order they are due: the dropped one, due first, would have come by now
        assertFalse(notifiedAt.containsKey(dropped.operationId()), "the dropped notification never comes");
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
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
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
        return Api.send(Api.request("/simulateur-payfip/admin/unavailable")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("on=" + on))).statusCode();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

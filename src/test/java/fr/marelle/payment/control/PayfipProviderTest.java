package fr.marelle.payment.control;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the adapter takes HTTP answers, against a local stand-in for PayFiP answering what each test sets. */
class PayfipProviderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T13:00:00Z");

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> body = new AtomicReference<>("");
    private final AtomicReference<String> received = new AtomicReference<>();
    private PayfipProvider provider;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tpa/services/securite", exchange -> {
            received.set(exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        provider = new PayfipProvider(new PayfipEndpoint(URI.create(base + "/tpa/services/securite"),
                URI.create("https://www.payfip.gouv.fr/tpa/paiementws.web"), "W"),
                Clock.fixed(NOW, ZoneOffset.UTC), PayfipProvider.defaultClient());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(int code, String text) {
        status.set(code);
        body.set(text);
    }

    private static OperationRequest request() {
        return new OperationRequest("000001", "MAR2026000123", 2026, "Cantine février", 4250, "camille@example.org",
                URI.create("https://portail.example.org/notif"), URI.create("https://portail.example.org/retour"));
    }

    @Test
    void creatingPostsTheEnvelopeAsXmlAndSendsThePayerToThePaymentPageWithTheOperationId() throws ProviderException {
        answer(200, PayfipAnswersTest.CREATED);
        CreatedOperation op = provider.create(request());
        assertEquals("c2b7e1a0-6f43-11ef-9b4e-0050568c4f5a", op.operationId());
        assertEquals(URI.create("https://www.payfip.gouv.fr/tpa/paiementws.web?idop=c2b7e1a0-6f43-11ef-9b4e-0050568c4f5a"),
                op.redirectUrl());
        assertTrue(received.get().startsWith("text/xml"), received.get());
        assertTrue(received.get().contains("<objet>Cantine fevrier</objet>"), received.get());
        assertTrue(received.get().contains("<saisie>W</saisie>"), received.get());
    }

    @Test
    void aFaultInAnErrorStatusIsReadAsTheProvidersAnswer() {
        answer(500, PayfipAnswersTest.fault("FonctionnelleErreur", "C1", "Numéro client inconnu"));
        ProviderException e = assertThrows(ProviderException.class, () -> provider.create(request()));
        assertEquals(ProviderException.Kind.REFUSED, e.kind());
        assertEquals("C1", e.code());
        answer(503, PayfipAnswersTest.fault("TechIndisponibiliteErreur", "T2", "Service indisponible"));
        assertEquals(ProviderException.Kind.TECHNICAL, assertThrows(ProviderException.class, () -> provider.create(request())).kind());
    }

    @Test
    void anErrorStatusWithoutAFaultMeansThePayerMustTryLater() {
        answer(503, "");
        assertEquals(ProviderException.Kind.UNREACHABLE, assertThrows(ProviderException.class, () -> provider.create(request())).kind());
        answer(502, "<html><body>Bad Gateway: Fault tolerance</body></html>");
        assertEquals(ProviderException.Kind.UNREACHABLE,
                assertThrows(ProviderException.class, () -> provider.fetch("x", NOW)).kind());
        answer(404, "Not Found");
        assertEquals(ProviderException.Kind.TECHNICAL, assertThrows(ProviderException.class, () -> provider.fetch("x", NOW)).kind());
        answer(200, "not xml");
        assertEquals(ProviderException.Kind.TECHNICAL, assertThrows(ProviderException.class, () -> provider.fetch("x", NOW)).kind());
    }

    @Test
    void noProviderListeningIsUnreachable() {
        server.stop(0);
        assertEquals(ProviderException.Kind.UNREACHABLE, assertThrows(ProviderException.class, () -> provider.fetch("x", NOW)).kind());
    }

    @Test
    void fetchingMapsFaultsP5AndP1ToStatesAndOtherFaultsToErrors() throws ProviderException {
        answer(500, PayfipAnswersTest.fault("FonctionnelleErreur", "P5", "Résultat de la transaction non connu"));
        assertEquals(ProviderState.PENDING, provider.fetch("x", NOW.minusSeconds(60)).state());
        assertEquals(ProviderState.EXPIRED, provider.fetch("x", NOW.minusSeconds(21 * 60)).state());
        answer(500, PayfipAnswersTest.fault("FonctionnelleErreur", "P1", "IdOp incorrect"));
        assertEquals(ProviderState.EXPIRED, provider.fetch("x", NOW).state());
        answer(500, PayfipAnswersTest.fault("FonctionnelleErreur", "P9", "Autre"));
        assertEquals(ProviderException.Kind.REFUSED, assertThrows(ProviderException.class, () -> provider.fetch("x", NOW)).kind());
        answer(200, PayfipAnswersTest.PAID);
        OperationResult paid = provider.fetch("x", NOW);
        assertEquals(ProviderState.PAID, paid.state());
        assertEquals(PayfipAnswersTest.PAID, paid.rawAnswer());
    }

    @Test
    void theClientCheckSaysKnownOrUnknown() throws ProviderException {
        answer(200, "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><ns2:recupererDetailClientResponse"
                + " xmlns:ns2=\"urn:x\"><return><libelleN1>Ville</libelleN1><numcli>000001</numcli></return>"
                + "</ns2:recupererDetailClientResponse></S:Body></S:Envelope>");
        assertTrue(provider.checkClient("000001"));
        answer(500, PayfipAnswersTest.fault("FonctionnelleErreur", "C1", "Numéro client inconnu"));
        assertEquals(false, provider.checkClient("999999"));
    }
}

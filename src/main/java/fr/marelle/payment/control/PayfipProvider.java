package fr.marelle.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * PayFiP in web-service mode: SOAP 1.1 over the JDK HttpClient (no web-services stack for three
 * small operations). Requests are checked and normalised before they leave ({@link PayfipFields});
 * answers and faults are read by {@link PayfipAnswers}, and their meaning in time by
 * {@link PayfipResults}.
 * <p>Errors: no connection, a timeout or HTTP 5xx without a SOAP fault → UNREACHABLE;
 * FonctionnelleErreur → REFUSED (except P5/P1 when fetching, which are states);
 * Tech…Erreur or an unreadable answer → TECHNICAL.
 */
@ApplicationScoped
public class PayfipProvider implements PaymentProvider {

    public static final String NAME = "payfip";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(PayfipProvider.class.getName());

    private PayfipEndpoint endpoint;
    private Clock clock;
    private HttpClient http;

    /** For CDI's proxy only. */
    protected PayfipProvider() {
    }

    @Inject
    PayfipProvider(PayfipSettings settings, Clock clock) {
        this(settings.endpoint(), clock, defaultClient());
    }

    /** A provider outside the container (tests, tools). */
    public PayfipProvider(PayfipEndpoint endpoint, Clock clock, HttpClient http) {
        this.endpoint = endpoint;
        this.clock = clock;
        this.http = http;
    }

    public static HttpClient defaultClient() {
        // HTTP/1.1: SOAP needs nothing more, and no h2c upgrade is attempted on plain http (simulator)
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    public PayfipEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public CreatedOperation create(OperationRequest request) throws ProviderException {
        OperationRequest checked = PayfipFields.checked(request);
        String raw = call(PayfipEnvelopes.CREATE, PayfipEnvelopes.create(checked, endpoint.saisie()));
        PayfipAnswers.Answer answer = PayfipAnswers.read(PayfipEnvelopes.CREATE, raw);
        if (answer.fault() != null) {
            throw answer.fault().toException(PayfipEnvelopes.CREATE);
        }
        String idOp = answer.fields().get("idOp");
        if (idOp == null || idOp.isBlank() || idOp.length() > 64) {
            throw new ProviderException(ProviderException.Kind.TECHNICAL, null, null,
                    "PayFiP creerPaiementSecurise answered without a usable idOp: " + idOp);
        }
        return new CreatedOperation(idOp, redirectUrl(idOp), raw);
    }

    /** The provider's payment page for an operation: {@code <payment page>?idop=<idOp>}. */
    public URI redirectUrl(String idOp) {
        String page = endpoint.paymentPage().toString();
        return URI.create(page + (page.contains("?") ? "&" : "?") + "idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8));
    }

    /** resultrans A: abandoned by the payer, final only once the operation is {@link PayfipResults#USABLE} old. */
    @Override
    public boolean payerLeft(String providerCode) {
        return "A".equals(providerCode);
    }

    @Override
    public OperationResult fetch(String operationId, Instant createdAt) throws ProviderException {
        String raw = call(PayfipEnvelopes.DETAIL, PayfipEnvelopes.detail(operationId));
        PayfipAnswers.Answer answer = PayfipAnswers.read(PayfipEnvelopes.DETAIL, raw);
        Instant now = clock.instant();
        if (answer.fault() != null) {
            Optional<OperationResult> state = PayfipResults.ofFault(answer.fault(), createdAt, now, raw);
            if (state.isPresent()) {
                return state.get();
            }
            throw answer.fault().toException(PayfipEnvelopes.DETAIL);
        }
        return PayfipResults.ofDetail(answer.fields(), createdAt, now, raw);
    }

    /** Whether PayFiP knows this client number (recupererDetailClient), for the administrator's check. */
    public boolean checkClient(String clientNumber) throws ProviderException {
        String raw = call(PayfipEnvelopes.CLIENT, PayfipEnvelopes.client(clientNumber == null ? "" : clientNumber.strip()));
        PayfipAnswers.Answer answer = PayfipAnswers.read(PayfipEnvelopes.CLIENT, raw);
        if (answer.fault() == null) {
            return true;
        }
        if (answer.fault().functional()) {
            return false;
        }
        throw answer.fault().toException(PayfipEnvelopes.CLIENT);
    }

    /** Whether an error answer is a SOAP fault (then it says what went wrong), not a proxy's error page. */
    private static boolean isSoapFault(String body) {
        try {
            return SecureXml.first(SecureXml.parse(body), "Fault").isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** POSTs one envelope; the body of a 200, or of an error status that holds a SOAP fault. */
    private String call(String operation, String envelope) throws ProviderException {
        HttpRequest request = HttpRequest.newBuilder(endpoint.service())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProviderException(ProviderException.Kind.UNREACHABLE, null, null,
                    "PayFiP " + operation + " unreachable at " + endpoint.service() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(ProviderException.Kind.UNREACHABLE, null, null,
                    "PayFiP " + operation + " interrupted", e);
        }
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status == 200 || (status >= 400 && isSoapFault(body))) {
            return body;
        }
        if (status >= 500) {
            throw new ProviderException(ProviderException.Kind.UNREACHABLE, String.valueOf(status), null,
                    "PayFiP " + operation + " answered HTTP " + status);
        }
        LOG.warning(() -> "PayFiP " + operation + " answered HTTP " + status);
        throw new ProviderException(ProviderException.Kind.TECHNICAL, String.valueOf(status), null,
                "PayFiP " + operation + " answered HTTP " + status);
    }
}

package fr.marelle.payment.simulator.boundary;

import fr.marelle.payment.control.PayfipContract;
import fr.marelle.payment.control.PayfipEnvelopes;
import fr.marelle.payment.control.PayfipSettings;
import fr.marelle.payment.control.SecureXml;
import fr.marelle.payment.simulator.control.PayerChoice;
import fr.marelle.payment.simulator.control.PayfipSimulator;
import fr.marelle.payment.simulator.control.SimulatedOperation;
import fr.marelle.payment.simulator.control.SimulatorAnswers;
import fr.marelle.payment.simulator.control.SimulatorFault;
import fr.marelle.payment.simulator.control.SimulatorStatement;
import fr.marelle.platform.control.PortalConfig;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.WebOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The PayFiP simulator's addresses under /simulateur-payfip/, all answering 404 unless
 * marelle.payment.simulator.enabled (or demo mode) is on. PayFiP's own addresses need no portal
 * login; the simulator's test controls need a finance or administrator session (web.xml):
 * <ul>
 * <li>{@code POST tpa/services/securite} — the SOAP service (creerPaiementSecurise,
 * recupererDetailPaiementSecurise, recupererDetailClient); 503 while switched unavailable;
 * {@code GET tpa/services/securite?wsdl} (and {@code ?xsd=1..3}) — PayFiP's contract;</li>
 * <li>{@code GET tpa/paiementws.web?idop=} — the payment page; {@code POST} stores the choice and
 * sends the browser back to urlredirect with {@code ?idop=};</li>
 * <li>{@code GET releve.csv?date=YYYY-MM-DD[&numcli=]} — the day's statement ({@link SimulatorStatement});</li>
 * <li>{@code POST admin/unavailable} with {@code on=true|false} — the "provider unreachable" switch.</li>
 * </ul>
 */
@WebServlet(urlPatterns = "/simulateur-payfip/*")
public class PayfipSimulatorServlet extends HttpServlet {

    /**
     * The page posts its form here, which sends the browser back to the portal's return address
     * (urlredirect, on the portal's base URL): forms may lead to those two origins only.
     */
    static String pageCsp(String portalBaseUrl) {
        return "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'"
                + WebOrigin.of(portalBaseUrl).map(origin -> " " + origin).orElse("")
                + "; base-uri 'none'; frame-ancestors 'none'";
    }

    @Inject
    PayfipSettings settings;

    @Inject
    PayfipSimulator simulator;

    @Inject
    PortalConfig portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (!settings.simulatorEnabled()) {
            response.sendError(404);
        } else if ("/tpa/paiementws.web".equals(path)) {
            showPage(request, response);
        } else if ("/tpa/services/securite".equals(path)) {
            contract(request, response);
        } else if ("/releve.csv".equals(path)) {
            statement(request, response);
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (!settings.simulatorEnabled()) {
            response.sendError(404);
        } else if ("/tpa/services/securite".equals(path)) {
            soap(request, response);
        } else if ("/tpa/paiementws.web".equals(path)) {
            choose(request, response);
        } else if ("/admin/unavailable".equals(path)) {
            String on = request.getParameter("on");
            if (!"true".equals(on) && !"false".equals(on)) {
                response.sendError(400);
                return;
            }
            simulator.setUnavailable(Boolean.parseBoolean(on));
            text(response, 200, "text/plain", "unavailable=" + on);
        } else {
            response.sendError(404);
        }
    }

    private void soap(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (simulator.unavailable()) {
            text(response, 503, "text/plain", "Service temporairement indisponible");
            return;
        }
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            Element operation = operation(body);
            Map<String, String> arg = SecureXml.first(operation, "arg0").map(SecureXml::children).orElse(Map.of());
            String name = operation.getLocalName();
            String answer = switch (name) {
                case PayfipEnvelopes.CREATE -> SimulatorAnswers.response(name, Map.of("idOp", simulator.create(arg)));
                case PayfipEnvelopes.DETAIL -> SimulatorAnswers.response(name,
                        SimulatorAnswers.detailFields(simulator.detail(arg.get("idOp"))));
                case PayfipEnvelopes.CLIENT -> SimulatorAnswers.response(name, simulator.client(arg.get("numCli")));
                default -> throw SimulatorFault.client("Cannot find dispatch method for {" + operation.getNamespaceURI() + "}" + name);
            };
            text(response, 200, "text/xml", answer);
        } catch (SimulatorFault fault) {
            text(response, 500, "text/xml", SimulatorAnswers.fault(fault));
        }
    }

    /**
     * The operation element, the first element inside the SOAP 1.1 Body, valid against PayFiP's
     * schema: an operation in another namespace, qualified or unknown fields are refused as PayFiP
     * refuses them.
     */
    static Element operation(String body) throws SimulatorFault {
        Document envelope;
        try {
            envelope = SecureXml.parse(body);
        } catch (IllegalArgumentException e) {
            throw SimulatorFault.client("Couldn't create SOAP message: not readable XML");
        }
        Element root = envelope.getDocumentElement();
        if (!"Envelope".equals(root.getLocalName()) || !PayfipEnvelopes.SOAP_NS.equals(root.getNamespaceURI())) {
            throw SimulatorFault.client("Not a SOAP 1.1 envelope: {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        Element operation = SecureXml.first(root, "Body").flatMap(PayfipSimulatorServlet::firstElement)
                .orElseThrow(() -> SimulatorFault.client("The SOAP Body holds no operation"));
        if (!PayfipEnvelopes.SERVICE_NS.equals(operation.getNamespaceURI())) {
            throw SimulatorFault.client("Cannot find dispatch method for {" + operation.getNamespaceURI() + "}"
                    + operation.getLocalName());
        }
        try {
            PayfipContract.validate(operation);
        } catch (SAXException e) {
            throw SimulatorFault.client(e.getMessage());
        }
        return operation;
    }

    private static Optional<Element> firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return Optional.of((Element) n);
            }
        }
        return Optional.empty();
    }

    /** {@code ?wsdl} and {@code ?xsd=1..3}: PayFiP's contract, with this simulator's address in it. */
    private void contract(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String service = request.getRequestURL().toString();
        String query = request.getQueryString();
        if ("wsdl".equalsIgnoreCase(query)) {
            text(response, 200, "text/xml", PayfipContract.wsdl(service));
        } else if (query != null && query.matches("xsd=[123]")) {
            text(response, 200, "text/xml", PayfipContract.schema(query.charAt(4) - '0', service));
        } else {
            response.sendError(404);
        }
    }

    private void showPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", pageCsp(portal.baseUrl().orElse(PortalLinks.DEFAULT_BASE)));
        Optional<SimulatedOperation> op = simulator.find(request.getParameter("idop"));
        if (op.isEmpty()) {
            text(response, 404, "text/html", SimulatorPaymentPage.message("Opération inconnue",
                    "Aucune opération de paiement ne correspond à cette adresse."));
        } else if (!simulator.usable(op.get())) {
            text(response, 410, "text/html", SimulatorPaymentPage.message("Opération terminée",
                    "Cette opération de paiement a déjà été utilisée ou a expiré. Reprenez le paiement depuis le portail."));
        } else {
            text(response, 200, "text/html", SimulatorPaymentPage.form(op.get(), portal.townName()));
        }
    }

    private void choose(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", pageCsp(portal.baseUrl().orElse(PortalLinks.DEFAULT_BASE)));
        PayerChoice choice;
        try {
            PayerChoice.Notification notification = PayerChoice.Notification.valueOf(param(request, "notification", "NOW"));
            choice = new PayerChoice(PayerChoice.Result.valueOf(param(request, "resultat", "")), notification,
                    notification == PayerChoice.Notification.DELAYED ? Integer.parseInt(param(request, "delai", "0")) : 0,
                    Integer.parseInt(param(request, "sansresultat", "0")));
        } catch (IllegalArgumentException e) {
            text(response, 400, "text/html", SimulatorPaymentPage.message("Choix invalide",
                    "Choisissez un résultat, et des nombres dans les limites indiquées."));
            return;
        }
        Optional<SimulatedOperation> done = simulator.choose(request.getParameter("idop"), choice);
        if (done.isEmpty()) {
            text(response, 410, "text/html", SimulatorPaymentPage.message("Opération terminée",
                    "Cette opération de paiement a déjà été utilisée, a expiré ou n’existe pas."));
            return;
        }
        String back = done.get().urlredirect();
        response.setStatus(303);
        response.setHeader("Location", back + (back.contains("?") ? "&" : "?") + "idop="
                + URLEncoder.encode(done.get().idOp(), StandardCharsets.UTF_8));
    }

    private void statement(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate day;
        try {
            day = LocalDate.parse(param(request, "date", ""));
        } catch (DateTimeParseException e) {
            text(response, 400, "text/plain", "date=YYYY-MM-DD attendu");
            return;
        }
        String numcli = request.getParameter("numcli");
        if (numcli != null && !numcli.matches("[0-9]{6}")) {
            text(response, 400, "text/plain", "numcli : 6 chiffres attendus");
            return;
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"releve-" + day + ".csv\"");
        text(response, 200, "text/csv", SimulatorStatement.csv(simulator.statement(day, numcli)));
    }

    private static String param(HttpServletRequest request, String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static String path(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }

    private static void text(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        response.getWriter().write(body);
    }
}

package fr.marelle.payment.control;

import java.util.Map;
import java.util.TreeMap;

/**
 * The SOAP 1.1 requests of PayFiP's {@code PaiementSecuriseService}: the operation element in the
 * service namespace, one unqualified {@code arg0} holding unqualified fields (in alphabetical order,
 * as the WSDL lists them). Every value is XML-escaped.
 */
public final class PayfipEnvelopes {

    public static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String SERVICE_NS = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/"
            + "contrat_paiement_securise/PaiementSecuriseService";
    /** Namespace PayFiP may put on the fields of its answers. */
    public static final String ANSWER_NS = "http://securite.service.tpa.cp.finances.gouv.fr/reponse";

    public static final String CREATE = "creerPaiementSecurise";
    public static final String DETAIL = "recupererDetailPaiementSecurise";
    public static final String CLIENT = "recupererDetailClient";

    private PayfipEnvelopes() {
    }

    /** creerPaiementSecurise for a request already checked by {@link PayfipFields#checked}. */
    public static String create(OperationRequest r, String saisie) {
        Map<String, String> arg = new TreeMap<>();
        arg.put("exer", String.valueOf(r.year()));
        arg.put("mel", r.payerEmail());
        arg.put("montant", String.valueOf(r.amountCents()));
        arg.put("numcli", r.clientNumber());
        arg.put("objet", r.label());
        arg.put("refdet", r.reference());
        arg.put("saisie", saisie);
        arg.put("urlnotif", r.notificationUrl().toString());
        arg.put("urlredirect", r.returnUrl().toString());
        return request(CREATE, arg);
    }

    public static String detail(String idOp) {
        return request(DETAIL, Map.of("idOp", idOp));
    }

    public static String client(String numCli) {
        return request(CLIENT, Map.of("numCli", numCli));
    }

    /** Any operation of the service with these {@code arg0} fields, in the order given. */
    public static String request(String operation, Map<String, String> arg) {
        StringBuilder b = new StringBuilder(512);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<soapenv:Envelope xmlns:soapenv=\"").append(SOAP_NS).append("\" xmlns:pai=\"")
                .append(SERVICE_NS).append("\"><soapenv:Header/><soapenv:Body><pai:").append(operation).append("><arg0>");
        arg.forEach((name, value) -> b.append('<').append(name).append('>').append(escape(value))
                .append("</").append(name).append('>'));
        return b.append("</arg0></pai:").append(operation).append("></soapenv:Body></soapenv:Envelope>").toString();
    }

    /** Text or attribute value made safe for XML 1.0: markup characters escaped, forbidden characters dropped. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}

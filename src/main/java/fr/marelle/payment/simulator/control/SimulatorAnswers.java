package fr.marelle.payment.simulator.control;

import fr.marelle.payment.control.PayfipEnvelopes;

import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's SOAP answers, shaped like PayFiP's (JAX-WS): {@code <operation>Response/return}
 * in the service namespace with unqualified fields in the schema's order, or an HTTP 500 Fault whose
 * faultstring is the error's Java class name and whose detail holds the error element, in the
 * service namespace, with unqualified code, descriptif, libelle and severite.
 */
public final class SimulatorAnswers {

    private SimulatorAnswers() {
    }

    /** {@code fields} are written in alphabetical order, which is the schema's order for every answer. */
    public static String response(String operation, Map<String, String> fields) {
        StringBuilder b = open().append("<ns2:").append(operation).append("Response xmlns:ns2=\"")
                .append(PayfipEnvelopes.SERVICE_NS).append("\"><return>");
        new TreeMap<>(fields).forEach((name, value) -> {
            if (value != null) {
                b.append('<').append(name).append('>').append(PayfipEnvelopes.escape(value)).append("</").append(name).append('>');
            }
        });
        return b.append("</return></ns2:").append(operation).append("Response>").append(close()).toString();
    }

    public static String fault(SimulatorFault fault) {
        StringBuilder b = open().append("<S:Fault>");
        if (fault.type() == null) {
            return b.append("<faultcode>S:Client</faultcode><faultstring>").append(PayfipEnvelopes.escape(fault.label()))
                    .append("</faultstring></S:Fault>").append(close()).toString();
        }
        return b.append("<faultcode>S:Server</faultcode><faultstring>").append(SimulatorFault.EXCEPTION_PACKAGE)
                .append(fault.type()).append("</faultstring><detail><ns2:").append(fault.type())
                .append(" xmlns:ns2=\"").append(PayfipEnvelopes.SERVICE_NS).append("\"><code>")
                .append(PayfipEnvelopes.escape(fault.code())).append("</code><descriptif>")
                .append(PayfipEnvelopes.escape(fault.label())).append("</descriptif><libelle>")
                .append(PayfipEnvelopes.escape(fault.label())).append("</libelle><severite>2</severite></ns2:")
                .append(fault.type()).append("></detail></S:Fault>").append(close()).toString();
    }

    public static Map<String, String> detailFields(SimulatedOperation op) {
        Map<String, String> f = new TreeMap<>();
        f.put("dattrans", op.dattrans());
        f.put("exer", String.valueOf(op.exer()));
        f.put("heurtrans", op.heurtrans());
        f.put("idOp", op.idOp());
        f.put("mel", op.mel());
        f.put("montant", String.valueOf(op.montant()));
        f.put("numauto", op.numauto());
        f.put("numcli", op.numcli());
        f.put("objet", op.objet());
        f.put("refdet", op.refdet());
        f.put("resultrans", op.resultrans());
        f.put("saisie", op.saisie());
        return f;
    }

    private static StringBuilder open() {
        return new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\"")
                .append(PayfipEnvelopes.SOAP_NS).append("\"><S:Body>");
    }

    private static String close() {
        return "</S:Body></S:Envelope>";
    }
}

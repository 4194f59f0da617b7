package fr.marelle.payment.simulator.control;

import fr.marelle.payment.control.PayfipEnvelopes;

import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's SOAP answers, shaped like PayFiP's: {@code <operation>Response/return} with
 * unqualified fields, or a Fault whose detail holds the error element with code, descriptif,
 * libelle and severite.
 */
public final class SimulatorAnswers {

    private SimulatorAnswers() {
    }

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
        return open().append("<S:Fault><faultcode>S:Server</faultcode><faultstring>")
                .append(PayfipEnvelopes.escape(fault.label())).append("</faultstring><detail><ns2:").append(fault.type())
                .append(" xmlns:ns2=\"").append(PayfipEnvelopes.ANSWER_NS).append("\"><code>")
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

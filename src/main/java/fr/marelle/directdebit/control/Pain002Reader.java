package fr.marelle.directdebit.control;

import fr.marelle.payment.control.SecureXml;
import fr.marelle.platform.control.RuleViolationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rejected transactions of a bank's payment status report (pain.002, any version: elements matched by local
 * name): each {@code TxInfAndSts} with {@code TxSts} RJCT gives its {@code OrgnlEndToEndId} and {@code StsRsnInf/Rsn/Cd}.
 * Parsed without DTDs or external entities.
 */
public final class Pain002Reader {

    private Pain002Reader() {
    }

    public static List<DebitRejects.Reject> rejects(byte[] xml) {
        Document doc;
        try {
            doc = SecureXml.parse(new String(xml, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw RuleViolationException.of("file", "directDebit.reject.notPain002");
        }
        if (doc == null || SecureXml.first(doc, "CstmrPmtStsRpt").isEmpty()) {
            throw RuleViolationException.of("file", "directDebit.reject.notPain002");
        }
        List<DebitRejects.Reject> rejects = new ArrayList<>();
        NodeList txs = doc.getElementsByTagNameNS("*", "TxInfAndSts");
        for (int i = 0; i < txs.getLength(); i++) {
            Element tx = (Element) txs.item(i);
            String status = text(tx, "TxSts");
            if (status != null && !"RJCT".equals(status)) {
                continue;
            }
            Element reason = (Element) tx.getElementsByTagNameNS("*", "Rsn").item(0);
            rejects.add(new DebitRejects.Reject(text(tx, "OrgnlEndToEndId"), reason == null ? null : text(reason, "Cd")));
        }
        return rejects;
    }

    private static String text(Node parent, String localName) {
        return SecureXml.first(parent, localName).map(e -> e.getTextContent().strip()).orElse(null);
    }
}

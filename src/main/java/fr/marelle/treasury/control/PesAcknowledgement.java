package fr.marelle.treasury.control;

import fr.marelle.platform.control.RuleViolationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PES_Acquit as Hélios sends it (DGFiP PES V2 technical file, "Acquittement"): the budget in EnTetePES, then
 * per element (bordereau, attachment…) EtatAck 1 (accepted) or 0 (rejected), the bordereau's number and
 * exercise, and the anomalies (NumAnoAck, LibelleAnoAck), also per article (DetailPiece/NumPiece). Read by
 * local names, whatever the namespace prefix; no DTD, no external entity.
 */
public record PesAcknowledgement(String fileName, String codCol, String codBud, String idColl, List<Element> elements) {

    /** One acknowledged element; {@code bordereau} and {@code exercise} are absent for an attachment. */
    public record Element(String domain, boolean accepted, Optional<Integer> bordereau, Optional<Integer> exercise, List<Anomaly> anomalies) {
    }

    /** A reason for a rejection, for the whole element or for one article. */
    public record Anomaly(String code, String label, Integer article) {
    }

    public static PesAcknowledgement read(byte[] xml) {
        Document doc = parse(xml);
        org.w3c.dom.Element root = doc.getDocumentElement();
        if (!root.getLocalName().equalsIgnoreCase("PES_ACQUIT")) {
            throw RuleViolationException.of("file", "treasury.ack.notAcquit", root.getLocalName());
        }
        org.w3c.dom.Element header = child(root, "EnTetePES")
                .orElseThrow(() -> RuleViolationException.of("file", "treasury.ack.missing", "EnTetePES"));
        org.w3c.dom.Element acquit = child(root, "ACQUIT")
                .orElseThrow(() -> RuleViolationException.of("file", "treasury.ack.missing", "ACQUIT"));
        String fileName = child(root, "Enveloppe").flatMap(e -> child(e, "Parametres")).flatMap(p -> value(p, "NomFic")).orElse(null);
        List<Element> elements = new ArrayList<>();
        for (org.w3c.dom.Element e : children(acquit, "ElementACQUIT")) {
            String state = value(e, "EtatAck").orElseThrow(() -> RuleViolationException.of("file", "treasury.ack.missing", "EtatAck"));
            boolean accepted = state.equals("1") || state.equalsIgnoreCase("true");
            List<Anomaly> anomalies = new ArrayList<>(anomalies(e, null));
            for (org.w3c.dom.Element piece : children(e, "DetailPiece")) {
                Integer article = value(piece, "NumPiece").filter(s -> s.matches("\\d{1,9}")).map(Integer::valueOf).orElse(null);
                anomalies.addAll(anomalies(piece, article));
                for (org.w3c.dom.Element line : children(piece, "DetailLigne")) {
                    anomalies.addAll(anomalies(line, article));
                }
            }
            elements.add(new Element(value(e, "DomaineAck").orElse(""), accepted, number(e, "NumBord"), number(e, "ExerciceBord"), anomalies));
        }
        if (elements.isEmpty()) {
            throw RuleViolationException.of("file", "treasury.ack.missing", "ElementACQUIT");
        }
        return new PesAcknowledgement(fileName, value(header, "CodCol").orElse(null), value(header, "CodBud").orElse(null),
                value(header, "IdColl").orElse(null), elements);
    }

    private static List<Anomaly> anomalies(org.w3c.dom.Element parent, Integer article) {
        List<Anomaly> list = new ArrayList<>();
        for (org.w3c.dom.Element error : children(parent, "Erreur")) {
            list.add(new Anomaly(value(error, "NumAnoAck").map(s -> cut(s, 60)).orElse(null),
                    value(error, "LibelleAnoAck").map(s -> cut(s, 500)).orElse(null), article));
        }
        return list;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static Optional<Integer> number(org.w3c.dom.Element parent, String name) {
        return value(parent, name).filter(s -> s.matches("\\d{1,9}")).map(Integer::valueOf);
    }

    private static Optional<String> value(org.w3c.dom.Element parent, String name) {
        return child(parent, name).map(e -> e.getAttribute("V").strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<org.w3c.dom.Element> child(org.w3c.dom.Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && name.equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw RuleViolationException.of("file", "treasury.ack.notXml");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}

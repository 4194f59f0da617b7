package fr.marelle.payment.control;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * XML from outside, read safely: namespace-aware DOM with DOCTYPEs refused, so no external
 * entity (XXE) and no entity expansion bomb can reach us. Elements are found by local name,
 * because PayFiP's answers qualify some fields and not others.
 */
public final class SecureXml {

    private static final DocumentBuilderFactory FACTORY = factory();

    private SecureXml() {
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** The document, or an IllegalArgumentException when the text is not (safe) XML. */
    public static Document parse(String xml) {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException("not readable XML: " + e.getMessage(), e);
        }
    }

    /** The first element with this local name, in document order. */
    public static Optional<Element> first(Node root, String localName) {
        NodeList all = root instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        return all.getLength() == 0 ? Optional.empty() : Optional.of((Element) all.item(0));
    }

    /** Text of the child elements by local name (the last one wins when a name repeats). */
    public static Map<String, String> children(Element parent) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                fields.put(n.getLocalName(), n.getTextContent().strip());
            }
        }
        return fields;
    }
}

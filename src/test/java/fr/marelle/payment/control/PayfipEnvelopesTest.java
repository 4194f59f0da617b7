package fr.marelle.payment.control;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayfipEnvelopesTest {

    @Test
    void creatingSendsTheNineFieldsInOneUnqualifiedArg0UnderTheQualifiedOperation() {
        OperationRequest r = new OperationRequest("000001", "MAR2026000123", 2026, "Cantine fevrier", 4250,
                "camille@example.org", URI.create("https://portail.example.org/api/v1/payments/notification?a=1&b=2"),
                URI.create("https://portail.example.org/parent/payment-return.xhtml"));
        Document doc = SecureXml.parse(PayfipEnvelopes.create(r, "T"));

        Element envelope = doc.getDocumentElement();
        assertEquals(PayfipEnvelopes.SOAP_NS, envelope.getNamespaceURI());
        assertEquals("Envelope", envelope.getLocalName());
        Element operation = SecureXml.first(doc, "creerPaiementSecurise").orElseThrow();
        assertEquals(PayfipEnvelopes.SERVICE_NS, operation.getNamespaceURI());
        Element arg0 = SecureXml.first(operation, "arg0").orElseThrow();
        assertEquals(null, arg0.getNamespaceURI());
        Map<String, String> fields = SecureXml.children(arg0);
        assertEquals(List.of("exer", "mel", "montant", "numcli", "objet", "refdet", "saisie", "urlnotif", "urlredirect"),
                List.copyOf(fields.keySet()));
        assertEquals("4250", fields.get("montant"));
        assertEquals("T", fields.get("saisie"));
        assertEquals("https://portail.example.org/api/v1/payments/notification?a=1&b=2", fields.get("urlnotif"));
    }

    @Test
    void valuesAreEscapedSoThatNoValueCanAddMarkup() {
        String idOp = "x</idOp><evil>&amp;\"'";
        String xml = PayfipEnvelopes.detail(idOp);
        assertFalse(xml.contains("<evil>"));
        assertTrue(xml.contains("x&lt;/idOp&gt;&lt;evil&gt;&amp;amp;&quot;&apos;"));
        Element arg0 = SecureXml.first(SecureXml.parse(xml), "arg0").orElseThrow();
        assertEquals(Map.of("idOp", idOp), SecureXml.children(arg0));
    }

    @Test
    void charactersXmlForbidsAreDropped() {
        assertEquals("ab\tc", PayfipEnvelopes.escape("a\u0000b\tc\u0007"));
        assertEquals("", PayfipEnvelopes.escape(null));
        assertEquals("Noël 😀", PayfipEnvelopes.escape("Noël 😀"));
    }

    @Test
    void theClientCheckAsksWithNumCli() {
        Element arg0 = SecureXml.first(SecureXml.parse(PayfipEnvelopes.client("000001")), "arg0").orElseThrow();
        assertEquals(Map.of("numCli", "000001"), SecureXml.children(arg0));
        assertTrue(PayfipEnvelopes.client("1").contains("recupererDetailClient"));
    }
}

package fr.marelle.payment.control;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter's requests, and the answers it is tested with, are what PayFiP's published schema allows. */
class PayfipContractTest {

    private static final String SERVICE = "http://127.0.0.1:8080/simulateur-payfip/tpa/services/securite";

    static Element bodyElement(String envelope) {
        Document doc = SecureXml.parse(envelope);
        Element body = SecureXml.first(doc, "Body").orElseThrow();
        for (var n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("empty Body");
    }

    @Test
    void theAdaptersThreeRequestsAreValid() throws SAXException {
        OperationRequest r = new OperationRequest("000001", "MAR2026000123", 2026, "Cantine fevrier", 4250,
                "camille@example.org", URI.create("https://portail.example.org/api/v1/payments/notifications"),
                URI.create("https://portail.example.org/parent/payment.xhtml"));
        PayfipContract.validate(bodyElement(PayfipEnvelopes.create(r, "T")));
        PayfipContract.validate(bodyElement(PayfipEnvelopes.detail("c2b7e1a0-6f43-11ef-9b4e-0050568c4f5a")));
        PayfipContract.validate(bodyElement(PayfipEnvelopes.client("000001")));
    }

    @Test
    void theAnswersTheAdapterIsTestedWithAreValid() throws SAXException {
        PayfipContract.validate(bodyElement(PayfipAnswersTest.CREATED));
        Element detail = SecureXml.first(SecureXml.parse(PayfipAnswersTest.fault("FonctionnelleErreur", "P5",
                "Résultat de la transaction non connu")), "FonctionnelleErreur").orElseThrow();
        PayfipContract.validate(detail);
    }

    @Test
    void qualifiedFieldsAWrongNamespaceOrAnUnknownFieldAreRefused() {
        String qualified = PayfipEnvelopes.detail("x").replace("<idOp>x</idOp>", "<pai:idOp>x</pai:idOp>");
        assertThrows(SAXException.class, () -> PayfipContract.validate(bodyElement(qualified)));
        String unknown = PayfipEnvelopes.detail("x").replace("<idOp>x</idOp>", "<idop>x</idop>");
        assertThrows(SAXException.class, () -> PayfipContract.validate(bodyElement(unknown)));
        String answerNamespace = PayfipEnvelopes.detail("x").replace(PayfipEnvelopes.SERVICE_NS, PayfipEnvelopes.ANSWER_NS);
        assertThrows(SAXException.class, () -> PayfipContract.validate(bodyElement(answerNamespace)));
    }

    @Test
    void theWsdlNamesTheServiceItIsServedByAndItsSchemasThere() {
        String wsdl = PayfipContract.wsdl(SERVICE);
        assertTrue(wsdl.contains("<soap:address location=\"" + SERVICE + "\"/>"), wsdl);
        for (int n = 1; n <= 3; n++) {
            assertTrue(wsdl.contains("schemaLocation=\"" + SERVICE + "?xsd=" + n + "\""), wsdl);
        }
        assertFalse(wsdl.contains("tipi.budget.gouv.fr"), "PayFiP's own address is replaced");
        String service = PayfipContract.schema(1, SERVICE);
        assertTrue(service.contains("schemaLocation=\"" + SERVICE + "?xsd=2\""), service);
        assertTrue(service.contains("<xs:element name=\"FonctionnelleErreur\""), service);
        assertTrue(PayfipContract.schema(3, SERVICE).contains("name=\"RecupererDetailClientResponse\""));
        assertEquals("", PayfipContract.schema(4, SERVICE));
    }
}

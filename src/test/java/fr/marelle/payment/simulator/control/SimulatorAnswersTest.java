package fr.marelle.payment.simulator.control;

import fr.marelle.payment.control.PayfipAnswers;
import fr.marelle.payment.control.PayfipContract;
import fr.marelle.payment.control.PayfipEnvelopes;
import fr.marelle.payment.control.PayfipResults;
import fr.marelle.payment.control.ProviderException;
import fr.marelle.payment.control.ProviderState;
import fr.marelle.payment.control.SecureXml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer the simulator can give is valid against PayFiP's published schema and shaped as
 * PayFiP's (faultstring = the error's class name); the adapter reads them; the statement has the
 * documented columns.
 */
class SimulatorAnswersTest {

    private static final SimulatedOperation PAID = new SimulatedOperation("6f1c2b00-d1f3-11f1-8000-0123456789ab", "000001",
            2026, "MAR2026000123", "Cantine", 4250, "a@example.org", "http://x/n", "http://x/r", "T",
            Instant.parse("2026-11-23T13:00:00Z"), "P", "112233445566-tip", "23112026", "1412");
    private static final SimulatedOperation CHOSEN_NOTHING = new SimulatedOperation("id-2", "000001", 2026, "MAR2026000124",
            "", 100, "a@example.org", "http://x/n", "http://x/r", "W", Instant.parse("2026-11-23T13:00:00Z"),
            "A", null, "23112026", "1413");

    /** Every fault the simulator answers: each code of {@link PayfipSimulator} and the servlet. */
    private static final List<SimulatorFault> FAULTS = List.of(
            SimulatorFault.functional("S1", "saisie"), SimulatorFault.functional("T1", "numcli"),
            SimulatorFault.functional("T2", "numcli inconnu"), SimulatorFault.functional("X1", "exer"),
            SimulatorFault.functional("M1", "montant"), SimulatorFault.functional("M3", "minimum"),
            SimulatorFault.functional("M5", "maximum"), SimulatorFault.functional("A1", "mel"),
            SimulatorFault.functional("A2", "mel incorrect"), SimulatorFault.functional("N1", "urlnotif"),
            SimulatorFault.functional("D1", "urlredirect"), SimulatorFault.functional("R3", "refdet"),
            SimulatorFault.functional("O1", "objet"), SimulatorFault.functional("P1", "IdOp incorrect"),
            SimulatorFault.functional("P5", "Résultat de la transaction non connu"),
            SimulatorFault.protocol("T0", "illisible"));

    private static Element bodyElement(String envelope) {
        Document doc = SecureXml.parse(envelope);
        assertEquals(PayfipEnvelopes.SOAP_NS, doc.getDocumentElement().getNamespaceURI());
        Element body = SecureXml.first(doc, "Body").orElseThrow();
        return (Element) body.getElementsByTagNameNS("*", "*").item(0);
    }

    @Test
    void theThreeResponsesAreValid() throws SAXException {
        PayfipContract.validate(bodyElement(SimulatorAnswers.response(PayfipEnvelopes.CREATE, Map.of("idOp", PAID.idOp()))));
        PayfipContract.validate(bodyElement(SimulatorAnswers.response(PayfipEnvelopes.DETAIL, SimulatorAnswers.detailFields(PAID))));
        PayfipContract.validate(bodyElement(SimulatorAnswers.response(PayfipEnvelopes.DETAIL,
                SimulatorAnswers.detailFields(CHOSEN_NOTHING))));
        Map<String, String> client = new LinkedHashMap<>();
        client.put("numcli", "000001");
        client.put("libelleN3", "Simulateur PayFiP");
        client.put("libelleN1", "Régie périscolaire");
        client.put("libelleN2", "Ville de Marelle");
        String answer = SimulatorAnswers.response(PayfipEnvelopes.CLIENT, client);
        PayfipContract.validate(bodyElement(answer));
        assertTrue(answer.indexOf("<libelleN1>") < answer.indexOf("<libelleN2>")
                && answer.indexOf("<libelleN3>") < answer.indexOf("<numcli>"), "in the schema's order: " + answer);
    }

    @Test
    void everyFaultIsPayfipsFaultWithItsErrorElementValidInTheServiceNamespace() throws SAXException {
        for (SimulatorFault fault : FAULTS) {
            Document doc = SecureXml.parse(SimulatorAnswers.fault(fault));
            Element soapFault = SecureXml.first(doc, "Fault").orElseThrow();
            assertEquals(PayfipEnvelopes.SOAP_NS, soapFault.getNamespaceURI());
            assertEquals("S:Server", SecureXml.first(soapFault, "faultcode").orElseThrow().getTextContent());
            assertEquals("fr.gouv.finances.cp.tpa.webservice.exceptions." + fault.type(),
                    SecureXml.first(soapFault, "faultstring").orElseThrow().getTextContent());
            Element error = SecureXml.first(soapFault, fault.type()).orElseThrow();
            assertEquals(PayfipEnvelopes.SERVICE_NS, error.getNamespaceURI(), fault.code());
            PayfipContract.validate(error);
            assertEquals(fault.code(), SecureXml.children(error).get("code"));
        }
    }

    @Test
    void aRequestTheSchemaRefusesGetsAClientFaultWithoutDetail() throws ProviderException {
        String xml = SimulatorAnswers.fault(SimulatorFault.client("Cannot find dispatch method for {urn:x}y"));
        Document doc = SecureXml.parse(xml);
        assertEquals("S:Client", SecureXml.first(doc, "faultcode").orElseThrow().getTextContent());
        assertFalse(SecureXml.first(doc, "detail").isPresent());
        PayfipAnswers.Fault f = PayfipAnswers.read(PayfipEnvelopes.CREATE, xml).fault();
        assertFalse(f.functional());
        assertNull(f.code());
    }

    @Test
    void theAdapterReadsTheSimulatorsDetailAnswer() throws ProviderException {
        String xml = SimulatorAnswers.response("recupererDetailPaiementSecurise", SimulatorAnswers.detailFields(PAID));
        var answer = PayfipAnswers.read("recupererDetailPaiementSecurise", xml);
        var result = PayfipResults.ofDetail(answer.fields(), PAID.createdAt(), PAID.createdAt(), xml);
        assertEquals(ProviderState.PAID, result.state());
        assertEquals(4250L, result.amountCents());
        assertEquals("112233445566-tip", result.authorisation());
    }

    @Test
    void theAdapterReadsTheSimulatorsFaultWithEscapedLabel() throws ProviderException {
        String xml = SimulatorAnswers.fault(SimulatorFault.functional("T2", "Numéro <client> inconnu & faux"));
        PayfipAnswers.Fault f = PayfipAnswers.read("creerPaiementSecurise", xml).fault();
        assertTrue(f.functional());
        assertEquals("T2", f.code());
        assertEquals("Numéro <client> inconnu & faux", f.label());
    }

    @Test
    void theStatementHasAHeaderAndOneSemicolonLinePerOperation() {
        String csv = SimulatorStatement.csv(List.of(PAID));
        assertEquals("numcli;exer;refdet;idop;montant;resultrans;dattrans;heurtrans;numauto\r\n"
                + "000001;2026;MAR2026000123;" + PAID.idOp() + ";4250;P;23112026;1412;112233445566-tip\r\n", csv);
    }
}

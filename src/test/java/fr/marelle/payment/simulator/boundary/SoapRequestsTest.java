package fr.marelle.payment.simulator.boundary;

import fr.marelle.payment.control.OperationRequest;
import fr.marelle.payment.control.PayfipEnvelopes;
import fr.marelle.payment.simulator.control.SimulatorFault;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator takes only what PayFiP's schema allows: a serialisation bug in a client shows at once. */
class SoapRequestsTest {

    private static final String VALID = PayfipEnvelopes.detail("c2b7e1a0-6f43-11ef-9b4e-0050568c4f5a");

    private static SimulatorFault refused(String body) {
        SimulatorFault fault = assertThrows(SimulatorFault.class, () -> PayfipSimulatorServlet.operation(body));
        assertNull(fault.type(), "a client fault, without detail: " + fault.getMessage());
        return fault;
    }

    @Test
    void aValidRequestGivesItsOperation() throws SimulatorFault {
        assertEquals(PayfipEnvelopes.DETAIL, PayfipSimulatorServlet.operation(VALID).getLocalName());
    }

    @Test
    void whatTheSchemaRefusesIsAClientFault() {
        assertTrue(refused(VALID.replace(PayfipEnvelopes.SERVICE_NS, "http://example.org/other")).label()
                .startsWith("Cannot find dispatch method"));
        refused(VALID.replace("<idOp>", "<pai:idOp>").replace("</idOp>", "</pai:idOp>"));
        refused(VALID.replace("<arg0>", "<pai:arg0>").replace("</arg0>", "</pai:arg0>"));
        refused(VALID.replace("<idOp>", "<idop>").replace("</idOp>", "</idop>"));
        refused(VALID.replace("</arg0>", "</arg0><arg1/>"));
        String create = PayfipEnvelopes.create(new OperationRequest("000001", "ABCDEF", 2026, "Cantine", 4250,
                "a@example.org", URI.create("http://127.0.0.1/n"), URI.create("http://127.0.0.1/r")), "T");
        assertEquals(PayfipEnvelopes.CREATE, assertDoesNotRefuse(create));
        // the schema's sequence: fields in another order are refused
        refused(create.replace("<exer>2026</exer>", "").replace("</arg0>", "<exer>2026</exer></arg0>"));
    }

    @Test
    void aSoap12EnvelopeOrNoXmlIsRefused() {
        refused(VALID.replace(PayfipEnvelopes.SOAP_NS, "http://www.w3.org/2003/05/soap-envelope"));
        refused("pas du XML");
        refused("<S:Envelope xmlns:S=\"" + PayfipEnvelopes.SOAP_NS + "\"><S:Body/></S:Envelope>");
    }

    private static String assertDoesNotRefuse(String body) {
        try {
            return PayfipSimulatorServlet.operation(body).getLocalName();
        } catch (SimulatorFault e) {
            throw new AssertionError("refused: " + e.getMessage(), e);
        }
    }
}

package fr.marelle.payment.simulator.control;

import fr.marelle.payment.control.PayfipAnswers;
import fr.marelle.payment.control.PayfipResults;
import fr.marelle.payment.control.ProviderException;
import fr.marelle.payment.control.ProviderState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator speaks what the adapter reads, and its statement has the documented columns. */
class SimulatorAnswersTest {

    private static final SimulatedOperation PAID = new SimulatedOperation("id-1", "000001", 2026, "MAR1", "Cantine",
            4250, "a@example.org", "http://x/n", "http://x/r", "T", Instant.parse("2026-11-23T13:00:00Z"),
            "P", "123456", "23112026", "1412");

    @Test
    void theAdapterReadsTheSimulatorsDetailAnswer() throws ProviderException {
        String xml = SimulatorAnswers.response("recupererDetailPaiementSecurise", SimulatorAnswers.detailFields(PAID));
        var answer = PayfipAnswers.read("recupererDetailPaiementSecurise", xml);
        var result = PayfipResults.ofDetail(answer.fields(), PAID.createdAt(), PAID.createdAt(), xml);
        assertEquals(ProviderState.PAID, result.state());
        assertEquals(4250L, result.amountCents());
    }

    @Test
    void theAdapterReadsTheSimulatorsFaultWithEscapedLabel() throws ProviderException {
        String xml = SimulatorAnswers.fault(SimulatorFault.functional("C1", "Numéro <client> inconnu & faux"));
        PayfipAnswers.Fault f = PayfipAnswers.read("creerPaiementSecurise", xml).fault();
        assertTrue(f.functional());
        assertEquals("C1", f.code());
        assertEquals("Numéro <client> inconnu & faux", f.label());
    }

    @Test
    void theStatementHasAHeaderAndOneSemicolonLinePerOperation() {
        String csv = SimulatorStatement.csv(List.of(PAID));
        assertEquals("numcli;exer;refdet;idop;montant;resultrans;dattrans;heurtrans;numauto\r\n"
                + "000001;2026;MAR1;id-1;4250;P;23112026;1412;123456\r\n", csv);
    }
}

package fr.marelle.billing.control;

import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditRulesTest {

    static final Map<Long, CreditRules.LineFacts> LINES = Map.of(
            1L, new CreditRules.LineFacts(10, 320, 0),
            2L, new CreditRules.LineFacts(10, 500, 200),
            3L, new CreditRules.LineFacts(99, 500, 0));

    static List<String> keys(List<Violation> v) {
        return v.stream().map(x -> x.field() + ":" + x.key()).toList();
    }

    @Test
    void aCreditUpToWhatRemainsOfTheLineIsAccepted() {
        assertTrue(CreditRules.check(10, "Absence justifiée", List.of(new CreditRules.Item(1L, 320),
                new CreditRules.Item(2L, 300)), LINES).isEmpty());
    }

    @Test
    void aCreditLargerThanWhatRemainsIsRefused() {
        assertEquals(List.of("lines[0].amountCents:billing.credit.tooMuch"),
                keys(CreditRules.check(10, "x", List.of(new CreditRules.Item(2L, 301)), LINES)));
    }

    @Test
    void twoItemsOnOneLineCountTogether() {
        assertEquals(List.of("lines[1].amountCents:billing.credit.tooMuch"),
                keys(CreditRules.check(10, "x", List.of(new CreditRules.Item(1L, 200), new CreditRules.Item(1L, 121)), LINES)));
    }

    @Test
    void aLineOfAnotherInvoiceOrAnUnknownLineIsRefused() {
        assertEquals(List.of("lines[0].invoiceLineId:billing.credit.unknownLine", "lines[1].invoiceLineId:billing.credit.unknownLine"),
                keys(CreditRules.check(10, "x", List.of(new CreditRules.Item(3L, 1), new CreditRules.Item(42L, 1)), LINES)));
    }

    @Test
    void aReasonAndAPositiveAmountAreRequired() {
        assertEquals(List.of("reason:billing.credit.reasonRequired", "lines[0].amountCents:billing.credit.amountPositive"),
                keys(CreditRules.check(10, " ", List.of(new CreditRules.Item(1L, 0)), LINES)));
        assertEquals(List.of("lines:billing.credit.linesRequired"), keys(CreditRules.check(10, "x", List.of(), LINES)));
    }

    @Test
    void theStatusIsDerivedFromCreditsPaymentsAndTheTreasury() {
        assertEquals(InvoiceStatus.UNPAID, InvoiceStatus.of(1000, 0, 0, false));
        assertEquals(InvoiceStatus.UNPAID, InvoiceStatus.of(1000, 300, 0, false));
        assertEquals(InvoiceStatus.PARTLY_PAID, InvoiceStatus.of(1000, 0, 400, false));
        assertEquals(InvoiceStatus.PAID, InvoiceStatus.of(1000, 300, 700, false));
        assertEquals(InvoiceStatus.PAID, InvoiceStatus.of(1000, 1000, 0, false));
        assertEquals(InvoiceStatus.SENT_TO_TREASURY, InvoiceStatus.of(1000, 0, 0, true));
        assertEquals(700, InvoiceStatus.remaining(1000, 300, 0));
        assertEquals(0, InvoiceStatus.remaining(1000, 300, 800));
    }
}

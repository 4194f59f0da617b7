package fr.marelle.payment.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentSelectionTest {

    private static final long HOUSEHOLD = 7;
    private static final Set<String> ONLINE = Set.of("PERI", "LOISIRS");
    private static final Map<Long, PaymentSelection.Payable> INVOICES = Map.of(
            1L, new PaymentSelection.Payable(1, "2026-PERI-000001", HOUSEHOLD, "PERI", 4250, false),
            2L, new PaymentSelection.Payable(2, "2026-PERI-000002", HOUSEHOLD, "PERI", 1000, false),
            3L, new PaymentSelection.Payable(3, "2026-LOISIRS-000001", HOUSEHOLD, "LOISIRS", 900, false),
            4L, new PaymentSelection.Payable(4, "2026-PERI-000004", HOUSEHOLD, "PERI", 0, false),
            5L, new PaymentSelection.Payable(5, "2026-PERI-000005", HOUSEHOLD, "PERI", 500, true),
            6L, new PaymentSelection.Payable(6, "2026-PERI-000006", 99, "PERI", 500, false),
            7L, new PaymentSelection.Payable(7, "2026-PERI-000007", HOUSEHOLD, "PERI", 99, false),
            8L, new PaymentSelection.Payable(8, "2026-SPORT-000001", HOUSEHOLD, "SPORT", 2000, false));

    private static List<String> keys(Long... ids) {
        return PaymentSelection.check(HOUSEHOLD, Arrays.asList(ids), INVOICES, ONLINE).stream().map(Violation::key).toList();
    }

    @Test
    void unpaid_invoices_of_one_regie_may_be_paid_together() {
        assertTrue(keys(1L, 2L).isEmpty());
    }

    @Test
    void an_empty_selection_is_refused() {
        assertEquals(List.of("payment.online.selectionRequired"), keys());
        assertEquals(List.of("payment.online.selectionRequired"),
                PaymentSelection.check(HOUSEHOLD, null, INVOICES, ONLINE).stream().map(Violation::key).toList());
    }

    @Test
    void another_households_invoice_looks_unknown() {
        assertEquals(List.of("payment.online.unknownInvoice"), keys(6L));
        assertEquals(List.of("payment.online.unknownInvoice"), keys(404L));
    }

    @Test
    void a_paid_invoice_or_one_sent_to_the_treasury_cannot_be_paid_online() {
        assertEquals(List.of("payment.online.nothingToPay"), keys(4L));
        assertEquals(List.of("payment.online.sentToTreasury"), keys(5L));
    }

    @Test
    void invoices_of_two_regies_are_paid_separately() {
        assertEquals(List.of("payment.online.oneRegie"), keys(1L, 3L));
    }

    @Test
    void a_regie_without_online_payment_is_refused() {
        assertEquals(List.of("payment.online.notOffered"), keys(8L));
    }

    @Test
    void less_than_one_euro_is_below_the_providers_minimum() {
        assertEquals(List.of("payment.online.belowMinimum"), keys(7L));
    }

    @Test
    void the_same_invoice_twice_is_refused() {
        assertEquals(List.of("payment.online.invoiceTwice"), keys(1L, 1L));
    }

    @Test
    void too_many_invoices_at_once_are_refused() {
        List<Long> many = new ArrayList<>();
        for (long i = 0; i < PaymentSelection.MAX_INVOICES + 1; i++) {
            many.add(1L);
        }
        assertEquals(List.of("payment.online.tooMany"), keys(many.toArray(Long[]::new)));
    }

    @Test
    void the_label_names_the_invoices_within_the_providers_100_characters() {
        assertEquals("Facture 2026-PERI-000001", PaymentSelection.label(List.of("2026-PERI-000001")));
        String many = PaymentSelection.label(java.util.Collections.nCopies(10, "2026-PERISCOLAIRE-000001"));
        assertEquals(100, many.length());
    }
}

package fr.marelle.billing.control;

import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.billing.entity.PaymentMeans;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocketTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static Docket.Line line(String number, PaymentKind kind, PaymentMeans means, long cents, String cheque) {
        return new Docket.Line(1, number, kind, means, 7, "Martin", cents, cheque, cheque == null ? null : "CIC", null);
    }

    private static Docket docket() {
        return Docket.of("CANT", "Cantine", DAY, List.of(
                line("2026-RC-CANT-000003", PaymentKind.PAYMENT, PaymentMeans.CASH, 2000, null),
                line("2026-RC-CANT-000001", PaymentKind.PAYMENT, PaymentMeans.CHEQUE, 1480, "0001"),
                line("2026-RC-CANT-000002", PaymentKind.PAYMENT, PaymentMeans.ONLINE_CARD, 3000, null),
                line("2026-RC-CANT-000004", PaymentKind.REFUND, PaymentMeans.CASH, -500, null),
                line("2026-RC-CANT-000005", PaymentKind.REVERSAL, PaymentMeans.CHEQUE, -1480, "0001")));
    }

    @Test
    void theTotalsPerMeansAndOverallAreTheSumsOfTheDaysEntriesRefundsAndReversalsTakenOff() {
        Docket d = docket();
        assertEquals(Map.of(PaymentMeans.CASH, 1500L, PaymentMeans.CHEQUE, 0L, PaymentMeans.ONLINE_CARD, 3000L), d.totals());
        assertEquals(4500, d.totalCents());
        assertEquals(d.lines().stream().mapToLong(Docket.Line::amountCents).sum(), d.totalCents());
    }

    @Test
    void entriesAreGroupedByMeansInTheirOrderThenByNumber() {
        Docket d = docket();
        assertEquals(List.of(PaymentMeans.ONLINE_CARD, PaymentMeans.CASH, PaymentMeans.CHEQUE),
                d.groups().stream().map(Docket.Group::means).toList());
        assertEquals(List.of("2026-RC-CANT-000003", "2026-RC-CANT-000004"),
                d.groups().get(1).lines().stream().map(Docket.Line::number).toList());
    }

    @Test
    void theCsvHasOneRowPerEntryThenTheTotals() {
        String csv = Dockets.csv(docket());
        assertTrue(csv.startsWith("\uFEFFregie;jour;moyen;numero;nature"), csv);
        assertTrue(csv.contains("CANT;2026-11-23;CHEQUE;2026-RC-CANT-000001;PAYMENT;7;Martin;'0001;CIC;;14,80\r\n"), csv);
        // a refund or a reversal stays a negative number the spreadsheet can add up (not neutralised as text)
        assertTrue(csv.contains("CANT;2026-11-23;CHEQUE;2026-RC-CANT-000005;REVERSAL;7;Martin;'0001;CIC;;-14,80\r\n"), csv);
        assertTrue(csv.contains("CANT;2026-11-23;CASH;;TOTAL;;;;;;15,00\r\n"), csv);
        assertTrue(csv.endsWith("CANT;2026-11-23;;;TOTAL;;;;;;45,00\r\n"), csv);
    }

    @Test
    void anEmptyDayTotalsZero() {
        Docket d = Docket.of("CANT", "Cantine", DAY, List.of());
        assertEquals(0, d.totalCents());
        assertTrue(d.groups().isEmpty());
    }
}

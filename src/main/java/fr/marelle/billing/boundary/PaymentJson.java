package fr.marelle.billing.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.marelle.billing.control.Payments;
import fr.marelle.billing.entity.Payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A ledger entry in the API. kind: PAYMENT, REFUND or REVERSAL; means: CASH, CHEQUE, CESU,
 * HOLIDAY_VOUCHER, BANK_TRANSFER, DIRECT_DEBIT, ONLINE_CARD or ONLINE_DIRECT_DEBIT; amountCents is
 * signed (a refund is negative, a reversal the opposite of what it cancels).
 */
public record PaymentJson(long id, String number, String kind, String means, String regieCode, LocalDate receivedOn,
                          long amountCents, String chequeNumber, String bank, String reference, String note,
                          String reversesNumber, String reversedByNumber, long creditAfterCents, List<SettledJson> settled,
                          String receiptUrl) {

    public record SettledJson(long invoiceId, String invoiceNumber, long amountCents) {
    }

    public record CreditJson(String regieCode, long amountCents) {
    }

    /** A household's ledger: its credit per régie (only where there is some) and its entries, newest first. */
    @Schema(name = "PaymentHistoryJson")
    public record HistoryJson(List<CreditJson> credits, List<PaymentJson> payments) {
        static HistoryJson of(Map<String, Long> credits, List<Payments.Entry> entries) {
            return new HistoryJson(credits.entrySet().stream().map(c -> new CreditJson(c.getKey(), c.getValue())).toList(),
                    entries.stream().map(PaymentJson::of).toList());
        }
    }

    static PaymentJson of(Payments.Entry e) {
        Payment p = e.payment();
        return new PaymentJson(p.getId(), p.getNumber(), p.getKind().name(), p.getMeans().name(), p.getRegieCode(),
                p.getReceivedOn(), p.getAmountCents(), p.getChequeNumber(), p.getBank(), p.getReference(), p.getNote(),
                e.reversesNumber(), e.reversedByNumber(), e.creditAfterCents(),
                e.settled().stream().map(s -> new SettledJson(s.invoiceId(), s.invoiceNumber(), s.amountCents())).toList(),
                "/api/v1/receipts/" + p.getId() + ".pdf");
    }
}

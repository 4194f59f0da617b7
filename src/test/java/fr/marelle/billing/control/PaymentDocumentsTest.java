package fr.marelle.billing.control;

import fr.marelle.platform.control.Letterhead;
import fr.marelle.billing.entity.Payment;
import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.billing.entity.PaymentMeans;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static fr.marelle.billing.control.InvoiceDocumentsTest.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentDocumentsTest {

    private static final InvoiceDocuments.Addressee TO = new InvoiceDocuments.Addressee("Camille Martin",
            List.of("3 rue des Écoles", "75001 Paris"));

    private static Payment payment(PaymentKind kind, PaymentMeans means, long cents, String cheque, String bank, String note) {
        return new Payment("2026-RC-CANT-000007", new Payment.Facts(7, "CANT", kind, means, cents, LocalDate.of(2026, 11, 20),
                cheque, bank, null, kind == PaymentKind.REVERSAL ? 3L : null, null, note), 1L, OffsetDateTime.now());
    }

    private static void assertHas(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), e + " missing in:\n" + text);
        }
    }

    @Test
    void aReceiptNamesItsNumberDayRegieHouseholdChequeAmountInvoicesSettledAndCreditLeft() throws Exception {
        Payments.Entry entry = new Payments.Entry(payment(PaymentKind.PAYMENT, PaymentMeans.CHEQUE, 5000, "0012345",
                "La Banque Postale", null), List.of(new Payments.Settled(1, "2026-CANT-000001", 1480),
                new Payments.Settled(2, "2026-CANT-000002", 3000)), null, null, 520);
        String text = text(PaymentDocuments.receipt(entry, "Martin", "Régie de la cantine", TO, Letterhead.of("Ville de Marelle"),
                Locale.FRENCH));
        assertHas(text, "Ville de Marelle", "Régie de la cantine", "Reçu de règlement n° 2026-RC-CANT-000007", "Reçu le 20/11/2026",
                "Famille Martin", "Camille Martin", "Chèque n° 0012345 – La Banque Postale", "Montant reçu : 50,00 €",
                "2026-CANT-000001", "14,80 €", "2026-CANT-000002", "30,00 €", "après cette opération : 5,20 €");
        String english = text(PaymentDocuments.receipt(entry, "Martin", "Canteen office", TO, Letterhead.of("Marelle"), Locale.ENGLISH));
        assertHas(english, "Payment receipt 2026-RC-CANT-000007", "Amount received: €50.00", "Cheque 0012345");
    }

    @Test
    void aReversalSaysWhatItCancelsWhyAndTheInvoicesTakenBack() throws Exception {
        Payments.Entry entry = new Payments.Entry(payment(PaymentKind.REVERSAL, PaymentMeans.CHEQUE, -5000, "0012345", "CIC",
                "Chèque sans provision"), List.of(new Payments.Settled(1, "2026-CANT-000001", -1480)),
                "2026-RC-CANT-000003", null, 0);
        String text = text(PaymentDocuments.receipt(entry, "Martin", "Régie", TO, Letterhead.of("Ville"), Locale.FRENCH));
        assertHas(text, "Annulation n° 2026-RC-CANT-000007", "Annule le règlement n° 2026-RC-CANT-000003",
                "Motif : Chèque sans provision", "Montant annulé : 50,00 €", "-14,80 €");
    }

    @Test
    void aRefundWithoutInvoiceSaysSo() throws Exception {
        Payments.Entry entry = new Payments.Entry(payment(PaymentKind.REFUND, PaymentMeans.CASH, -500, null, null, null),
                List.of(), null, null, 200);
        String text = text(PaymentDocuments.receipt(entry, "Martin", "Régie", TO, Letterhead.of("Ville"), Locale.FRENCH));
        assertHas(text, "Reçu de remboursement", "Remboursé le 20/11/2026", "Montant remboursé : 5,00 €", "Espèces",
                "Aucune facture concernée", "2,00 €");
    }

    @Test
    void aDocketListsEachMeansWithItsTotalAndTheDayTotal() throws Exception {
        Docket d = Docket.of("CANT", "Régie de la cantine", LocalDate.of(2026, 11, 23), List.of(
                new Docket.Line(1, "2026-RC-CANT-000001", PaymentKind.PAYMENT, PaymentMeans.CHEQUE, 7, "Martin", 1480, "0001",
                        "CIC", null),
                new Docket.Line(2, "2026-RC-CANT-000002", PaymentKind.PAYMENT, PaymentMeans.CASH, 8, "Durand", 2000, null, null,
                        null)));
        byte[] pdf = PaymentDocuments.docket(d, Letterhead.of("Ville de Marelle"), Locale.FRENCH);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/docket-sample.pdf"), pdf);
        String text = text(pdf);
        assertHas(text, "Bordereau de la régie Régie de la cantine du 23/11/2026", "Chèque", "0001", "CIC", "Martin",
                "Total Chèque : 14,80 €", "Total Espèces : 20,00 €", "Total de la journée : 34,80 €",
                // the receipt numbers stay whole, and the régisseur and the accountant sign
                "2026-RC-CANT-000001", "2026-RC-CANT-000002", "Visas", "Établi par le régisseur (nom, date et signature)",
                "Reçu par le comptable public");
    }

    @Test
    void aReceiptAndADocketEndWithTheSupportContactLikeInvoices() throws Exception {
        java.util.Optional<String> support = java.util.Optional.of("Contact du portail famille : aide@example.org");
        Payments.Entry entry = new Payments.Entry(payment(PaymentKind.PAYMENT, PaymentMeans.CASH, 500, null, null, null),
                List.of(), null, null, 500);
        assertHas(text(PaymentDocuments.receipt(entry, "Martin", "Régie", TO, Letterhead.of("Ville"), support, Locale.FRENCH)),
                "Contact du portail famille : aide@example.org");
        Docket d = Docket.of("CANT", "Régie de la cantine", LocalDate.of(2026, 11, 23), List.of());
        assertHas(text(PaymentDocuments.docket(d, Letterhead.of("Ville"), support, Locale.FRENCH)),
                "Contact du portail famille : aide@example.org");
    }
}

package fr.marelle.billing.control;

import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.PdfConformance;
import fr.marelle.platform.control.ThemeLogo;
import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.billing.entity.InvoiceLine;
import fr.marelle.billing.entity.InvoiceStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvoiceDocumentsTest {

    /** The document's text, after checking it is accessible (PDF/UA-1) and archivable (PDF/A-2u). */
    static String text(byte[] pdf) {
        PdfConformance.assertAccessibleAndArchivable(pdf);
        return PdfConformance.text(pdf);
    }

    static Invoices.Detail detail() {
        Invoice invoice = new Invoice("2026-CANT-000042", 1, "CANT", YearMonth.of(2026, 3), 7, "Martin", null,
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 2), 800, OffsetDateTime.now());
        ChargeRules.Result charges = ChargeRules.charge(List.of(
                ChargeRulesTest.booked(1, ChargeRulesTest.CANTEEN, ChargeRulesTest.MARCH_3, 11, ChargeRulesTest.ELDEST,
                        AttendanceStatus.PRESENT),
                ChargeRulesTest.booked(2, ChargeRulesTest.CANTEEN, ChargeRulesTest.MARCH_3.plusDays(1), 11, ChargeRulesTest.ELDEST,
                        AttendanceStatus.ABSENT_UNEXCUSED)), ChargeRulesTest.QF_500_RESIDENT);
        List<Invoices.Line> lines = charges.charges().stream().map(c -> new Invoices.Line(new InvoiceLine(0, 1, 7,
                c.source().sessionId(), c.source().childId(), c.source().bookingId(), "Léa Martin", "Cantine Jules-Ferry",
                c.source().day(), false, c.cents(), c.price(), c.childRank(), false), 0)).toList();
        CreditNote note = new CreditNote("2026-AV-CANT-000003", 1, "CANT", 7, "Certificat médical", LocalDate.of(2026, 4, 10), 120, null,
                OffsetDateTime.now());
        return new Invoices.Detail(new Invoices.Summary(invoice, 120, 0, InvoiceStatus.of(800, 120, 0, false)), lines,
                List.of(note));
    }

    @Test
    void theInvoiceAndTheCreditNoteEndWithTheSupportContact() throws Exception {
        java.util.Optional<String> contact = java.util.Optional.of("Contact du portail famille : portail-famille@example.org");
        byte[] pdf = InvoiceDocuments.pdf(detail(), "Régie de la cantine",
                new InvoiceDocuments.Addressee("Camille Martin", List.of("75001 Paris")), Letterhead.of("Ville de Marelle"),
                List.of(), contact, Locale.FRENCH);
        assertTrue(text(pdf).contains("portail-famille@example.org"), text(pdf));
    }

    @Test
    void thePdfNamesTheTownTheHouseholdEachLineTheTotalsTheDueDateAndHowToPay() throws Exception {
        Letterhead head = new Letterhead("Ville de Marelle",
                ThemeLogo.parse(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("webapp-themes/default/logo.svg"))));
        byte[] pdf = InvoiceDocuments.pdf(detail(), "Régie de la cantine",
                new InvoiceDocuments.Addressee("Camille Martin", List.of("3 rue des Écoles", "75001 Paris")), head, Locale.FRENCH);
        assertTrue(PdfConformance.firstPageHasAnImage(pdf), "the theme's logo is drawn at the top");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/invoice-sample.pdf"), pdf);
        String text = text(pdf);
        for (String expected : List.of("Ville de Marelle", "Régie de la cantine", "Facture n° 2026-CANT-000042",
                "Période : mars 2026", "Famille Martin", "Camille Martin", "75001 Paris", "03/03/2026", "Léa Martin",
                "Cantine Jules-Ferry", "Tranche 1", "Absence non justifiée : 6,00 €", "Total de la facture : 8,00 €",
                "2026-AV-CANT-000003", "Reste à payer : 6,80 €", "À payer avant le 02/05/2026", "guichet")) {
            assertTrue(text.contains(expected), expected + " missing in:\n" + text);
        }
    }

    @Test
    void thePdfSpeaksTheReadersLanguage() throws Exception {
        String text = text(InvoiceDocuments.pdf(detail(), "Canteen office", new InvoiceDocuments.Addressee(null, List.of()),
                Letterhead.of("Ville de Marelle"), Locale.ENGLISH));
        assertTrue(text.contains("Invoice no. 2026-CANT-000042"), text);
        assertTrue(text.contains("Due by 02/05/2026"), text);
        assertTrue(text.contains("€8.00"), text);
    }

    @Test
    void theCreditNotePdfNamesTheInvoiceTheCorrectedLinesAndTheTotal() throws Exception {
        Invoices.Detail d = detail();
        Invoices.CreditNoteDetail note = new Invoices.CreditNoteDetail(d.creditNotes().get(0), d.summary().invoice(),
                List.of(new Invoices.CreditedLine(d.lines().get(1).line(), 120)));
        String text = text(InvoiceDocuments.creditNotePdf(note, "Régie de la cantine",
                new InvoiceDocuments.Addressee("Camille Martin", List.of()), Letterhead.of("Ville de Marelle"), Locale.FRENCH));
        for (String expected : List.of("Avoir n° 2026-AV-CANT-000003", "Sur la facture n° 2026-CANT-000042 du 02/04/2026",
                "Motif : Certificat médical", "Léa Martin", "04/03/2026", "6,00 €", "Total de l’avoir : 1,20 €")) {
            assertTrue(text.contains(expected), expected + " missing in:\n" + text);
        }
    }

    @Test
    void theInvoiceStatesItsIssuerAndAppealRoutesUnderTheirHeading() throws Exception {
        String text = text(InvoiceDocuments.pdf(detail(), "Régie de la cantine", new InvoiceDocuments.Addressee(null, List.of()),
                Letterhead.of("Ville de Marelle"), List.of("Ordonnateur : Claire Fontaine, maire de Marelle.",
                        "Voies et délais de recours : … tribunal administratif de Nantes."),
                java.util.Optional.empty(), Locale.FRENCH));
        for (String expected : List.of("Voies et délais de recours", "Ordonnateur : Claire Fontaine, maire de Marelle.",
                "tribunal administratif de Nantes")) {
            assertTrue(text.contains(expected), expected + " missing in:\n" + text);
        }
    }

    @Test
    void anInvoiceInADirectDebitRunSaysTheDayItWillBeDebitedAndOnlyThen() throws Exception {
        byte[] debited = InvoiceDocuments.pdf(detail(), "Régie de la cantine", new InvoiceDocuments.Addressee(null, List.of()),
                Letterhead.of("Ville de Marelle"), List.of(), java.util.Optional.empty(),
                java.util.Optional.of(java.time.LocalDate.of(2026, 3, 20)), Locale.FRENCH);
        assertTrue(text(debited).contains("Cette facture sera prélevée le 20/03/2026"), text(debited));
        String english = text(InvoiceDocuments.pdf(detail(), "Canteen office", new InvoiceDocuments.Addressee(null, List.of()),
                Letterhead.of("Ville de Marelle"), List.of(), java.util.Optional.empty(),
                java.util.Optional.of(java.time.LocalDate.of(2026, 3, 20)), Locale.ENGLISH));
        assertTrue(english.contains("This invoice will be debited on 20/03/2026"), english);
        String notInARun = text(InvoiceDocuments.pdf(detail(), "Régie de la cantine", new InvoiceDocuments.Addressee(null, List.of()),
                Letterhead.of("Ville de Marelle"), List.of(), java.util.Optional.empty(), Locale.FRENCH));
        assertFalse(notInARun.contains("prélevée"), notInARun);
    }

    @Test
    void eachRateIsExplainedOnceHoweverManyLinesUseIt() {
        List<ChargeRules.Source> days = new java.util.ArrayList<>();
        for (int d = 0; d < 12; d++) {
            days.add(ChargeRulesTest.booked(d + 1, ChargeRulesTest.CANTEEN, ChargeRulesTest.MARCH_3.plusDays(d), 11,
                    ChargeRulesTest.ELDEST, d == 5 ? AttendanceStatus.ABSENT_UNEXCUSED : AttendanceStatus.PRESENT));
        }
        List<Invoices.Line> lines = ChargeRules.charge(days, ChargeRulesTest.QF_500_RESIDENT).charges().stream()
                .map(c -> new Invoices.Line(new InvoiceLine(0, 1, 7, c.source().sessionId(), c.source().childId(),
                        c.source().bookingId(), "Léa Martin", "Cantine Jules-Ferry", c.source().day(), false, c.cents(), c.price(),
                        c.childRank(), false), 0)).toList();
        Invoices.Detail d = detail();
        String text = text(InvoiceDocuments.pdf(new Invoices.Detail(d.summary(), lines, List.of()), "Régie de la cantine",
                new InvoiceDocuments.Addressee(null, List.of()), Letterhead.of("Ville de Marelle"), Locale.FRENCH));
        String present = BillingTexts.explanation(lines.get(0).line(), Locale.FRENCH).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        String absent = BillingTexts.explanation(lines.get(5).line(), Locale.FRENCH).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        assertEquals(1, text.split(java.util.regex.Pattern.quote(present), -1).length - 1, present + " once in:\n" + text);
        assertEquals(1, text.split(java.util.regex.Pattern.quote(absent), -1).length - 1, absent + " once in:\n" + text);
        assertTrue(text.contains("Tarifs appliqués"), text);
    }
}

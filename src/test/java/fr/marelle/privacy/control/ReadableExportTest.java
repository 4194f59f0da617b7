package fr.marelle.privacy.control;

import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.PdfConformance;
import fr.marelle.privacy.entity.DataExport;
import fr.marelle.privacy.entity.DataExport.AccountData;
import fr.marelle.privacy.entity.DataExport.AuditData;
import fr.marelle.privacy.entity.DataExport.ChildData;
import fr.marelle.privacy.entity.DataExport.InvoiceData;
import fr.marelle.privacy.entity.DataExport.InvoiceLineData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadableExportTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 17, 14, 5, 0, 0, ZoneOffset.ofHours(1));

    static DataExport export() {
        AccountData account = new AccountData("lea@example.org", "Léa", "Martin", List.of("PARENT"), "ACTIVE", "fr", AT, AT, AT,
                "2026-09", AT, false, List.of(new DataExport.TermsAcceptanceData("2026-09", AT)),
                new DataExport.FranceConnectLinkData("https://oidc.franceconnect.gouv.fr/api/v2", "b6048e95bb134ec5b1d1e1fa69f287172e91722b9354d637a1bcf2ebb0fd2ef5v1",
                        AT, "AUTOMATIC_PIVOT_MATCH", null, jakarta.json.JsonValue.EMPTY_JSON_OBJECT),
                new DataExport.CivilIdentityData("MARTIN", "Léa Jeanne", LocalDate.of(1988, 2, 9), "female", "49007", "99100",
                        "PASSPORT", "", AT, "agent@example.org"));
        ChildData child = new ChildData(7, "Jules", "Martin", LocalDate.of(2018, 3, 1), "M", "École Jean Jaurès", "CE2",
                "NO_PORK", null, "arachide", true, "Dr Roux", "+33612345678", false, AT, AT, List.of());
        InvoiceData invoice = new InvoiceData(3, "2026-CANT-000042", "CANT", "2026-10", "Martin", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 2), 1250, AT, List.of(), null,
                List.of(new InvoiceLineData(1, "Jules Martin", "Cantine", LocalDate.of(2026, 10, 5), "BOOKED", 1250, 1250, 2,
                        true, true, 0)));
        AuditData view = new AuditData(AT, "HEALTH_DATA_VIEWED", "Paul Agent", "STAFF", List.of("AGENT"), null, "child", "7",
                List.of("Jules Martin"), null, null);
        return new DataExport(AT, account, null, List.of(), List.of(), List.of(child), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(invoice), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(view), List.of(), List.of(), null);
    }

    /** An association's export: its organisation, a school enrolment request with a document, a room hire. */
    static DataExport associationExport() {
        DataExport e = export();
        var enrolment = new DataExport.EnrolmentData(12, "S-2026-000012", "Jules Martin", "2027-2028", "PS", "REFUSED",
                "École Jean Jaurès", "École Pasteur", "Garde chez la grand-mère", null, null, "Hors secteur", "Le maire",
                AT, "Léa Martin", AT, null, null,
                List.of(new DataExport.EnrolmentDocumentData("PROOF_OF_ADDRESS", "application/pdf", 245_760, AT, false)),
                List.of(new DataExport.MessageData(AT, "Léa Martin", false, "Voici le justificatif")));
        var hire = new DataExport.RoomHireData(5, "L-2026-000005", "Salle des fêtes", "Centre", AT, AT.plusHours(3),
                "Assemblée générale", 40, "ACCEPTED", "ASSOCIATION", 12000, 3000, 30000, "HELD", null, true, true,
                "Léa Martin", AT, AT, null, null, "2026-LOCATION_SALLES-000003");
        var organisation = new DataExport.OrganisationData("ASSOCIATION", "Les Amis de Marelle", "W491234567",
                List.of("Léa Martin"), "5 rue du Moulin, 49100, Marelle");
        return new DataExport(e.exportedAt(), e.account(), e.household(), e.guardians(), e.guardianInvitations(),
                e.children(), e.familyQuotients(), e.householdRequests(), e.registrations(), e.bookings(), e.bookingChanges(),
                e.attendance(), e.invoices(), e.creditNotes(), e.payments(), e.onlinePaymentAttempts(), e.calendarFeeds(),
                e.apiTokens(), e.householdHistory(), e.auditEntries(), List.of(enrolment), List.of(hire), organisation);
    }

    @Test
    void anAssociationSeesItsOrganisationEnrolmentsDocumentsByNameAndHiresWithPrices() {
        ReadableExport fr = ReadableExport.of(associationExport(), Locale.FRENCH);
        assertEquals(List.of("Nom", "Les Amis de Marelle"), table(fr, "organisation").rows().get(1));
        assertEquals(List.of("S-2026-000012", "Jules Martin", "2027-2028", "PS", "École Pasteur", "REFUSED",
                "17/11/2026 14:05", "17/11/2026 14:05", "Garde chez la grand-mère – Hors secteur"),
                table(fr, "schoolEnrolments").rows().get(0));
        assertEquals(List.of("S-2026-000012", "PROOF_OF_ADDRESS", "application/pdf", "240 ko", "17/11/2026 14:05", "Non"),
                table(fr, "enrolmentDocuments").rows().get(0), "the document by name, type and size: never the file");
        assertEquals("Voici le justificatif", table(fr, "enrolmentMessages").rows().get(0).get(3));
        List<String> hire = table(fr, "roomHires").rows().get(0);
        assertEquals("L-2026-000005", hire.get(0));
        assertEquals("Assemblée générale", hire.get(3));
        assertEquals("150,00 €", hire.get(6));
        assertEquals("300,00 € – HELD", hire.get(7));
        assertEquals("240 KB", table(ReadableExport.of(associationExport(), Locale.ENGLISH), "enrolmentDocuments").rows().get(0).get(3));
        assertTrue(ReadableExport.of(export(), Locale.FRENCH).tables().stream().noneMatch(t -> t.id().equals("organisation")),
                "a private person has no organisation section");
    }

    private static ReadableExport.Table table(ReadableExport r, String id) {
        return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everySectionIsATableInTheReadersLanguageEmptyOnesIncluded() {
        ReadableExport fr = ReadableExport.of(export(), Locale.FRENCH);
        ReadableExport.Table children = table(fr, "children");
        assertEquals("Enfants (avec régime, allergies, PAI et médecin)", children.title());
        assertEquals(List.of("Jules Martin", "01/03/2018", "École Jean Jaurès – CE2", "NO_PORK", "arachide", "Oui",
                "Dr Roux – +33612345678", "Non"), children.rows().get(0));
        assertTrue(table(fr, "bookings").rows().isEmpty(), "an empty section is still listed");
        assertEquals("12,50 €", table(fr, "invoices").rows().get(0).get(4));
        assertEquals(List.of("17/11/2026 14:05", "HEALTH_DATA_VIEWED", "Paul Agent – Agent du service enfance", "child – 7",
                "Jules Martin"), table(fr, "audit").rows().get(0), "who saw which child's health data, and when");

        ReadableExport en = ReadableExport.of(export(), Locale.ENGLISH);
        assertEquals("Children (with diet, allergies, PAI and doctor)", table(en, "children").title());
        assertEquals("€12.50", table(en, "invoices").rows().get(0).get(4));
    }

    @Test
    void theAccountSaysItsFranceConnectLinkAndItsVerifiedCivilIdentity() {
        List<List<String>> facts = table(ReadableExport.of(export(), Locale.FRENCH), "account").rows();
        assertTrue(facts.contains(List.of("Lien FranceConnect", "17/11/2026 14:05 – lié automatiquement (identité vérifiée par la mairie)"
                + " – dernière connexion avec FranceConnect : jamais – b6048e95bb134ec5b1d1e1fa69f287172e91722b9354d637a1bcf2ebb0fd2ef5v1")), facts.toString());
        assertTrue(facts.contains(List.of("Identité civile vérifiée par la mairie", "MARTIN – Léa Jeanne – 09/02/1988 – féminin – 49007"
                + " – 99100 – Passeport – 17/11/2026 14:05")), facts.toString());
    }

    @Test
    void thePdfShowsTheSameTables() throws Exception {
        byte[] pdf = DataExportPdf.pdf(ReadableExport.of(associationExport(), Locale.FRENCH), Letterhead.of("Ville de Marelle"), Locale.FRENCH);
        PdfConformance.assertAccessibleAndArchivable(pdf);
        String all = PdfConformance.text(pdf);
        assertTrue(all.contains("Ville de Marelle") && all.contains("Export du 17/11/2026 14:05"), all);
        assertTrue(all.contains("arachide") && all.contains("2026-CANT-000042") && all.contains("Paul Agent"), all);
        assertTrue(all.contains("Aucune donnée."), "empty sections say so: " + all);
        assertTrue(all.contains("S-2026-000012") && all.contains("L-2026-000005") && all.contains("Les Amis de Marelle"), all);
    }
}

package fr.marelle.legal.control;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wording of acknowledgements, refusals and invoices, as families read it (LEGAL.md §6). */
class AppealRoutesTest {

    private static final String COURT = "tribunal administratif de Nantes, 6 allée de l’Île-Gloriette, 44041 Nantes Cedex 01";
    /** 23:30 UTC on 31 December is already the next year, at 00:30, in Paris. */
    private static final OffsetDateTime NEW_YEARS_EVE = OffsetDateTime.parse("2026-12-31T23:30:00Z");

    private static LegalInformation town(SilenceRule silence) {
        Map<LegalField, String> values = new EnumMap<>(LegalField.class);
        values.put(LegalField.APPEAL_COURT, COURT);
        values.put(LegalField.DECISION_SIGNATORY_NAME, "Julien Marchand");
        values.put(LegalField.DECISION_SIGNATORY_TITLE, "adjoint au maire chargé de l’enfance");
        values.put(LegalField.ISSUER_NAME, "Claire Fontaine");
        values.put(LegalField.ISSUER_TITLE, "maire de Marelle");
        values.put(LegalField.ANSWER_DAYS, "15");
        values.put(LegalField.SILENCE_MEANS, silence.name());
        return new LegalInformation(values);
    }

    private static String text(List<String> paragraphs) {
        return AppealRoutes.block(paragraphs);
    }

    @Test
    void theReferenceNamesTheKindTheParisYearAndTheId() {
        assertEquals("Q-2027-000123", SubmissionReference.of(SubmissionReference.Kind.QUOTIENT, 123, NEW_YEARS_EVE).toString());
        assertEquals("D-2026-000007", SubmissionReference.of(SubmissionReference.Kind.HOUSEHOLD_REQUEST, 7,
                OffsetDateTime.parse("2026-03-01T10:00:00+01:00")).toString());
        assertEquals("I-2026-1234567", SubmissionReference.of(SubmissionReference.Kind.REGISTRATION, 1234567,
                OffsetDateTime.parse("2026-03-01T10:00:00+01:00")).toString());
    }

    @Test
    void anAcknowledgementGivesTheReferenceTheParisTimeTheAnswerTimeAndTheRemediesOfAnImplicitRejection() {
        SubmissionReference reference = SubmissionReference.of(SubmissionReference.Kind.QUOTIENT, 123, NEW_YEARS_EVE);
        String french = text(AppealRoutes.acknowledgement(town(SilenceRule.REJECTION), Locale.FRENCH, reference, NEW_YEARS_EVE));
        for (String expected : List.of("Référence : Q-2027-000123", "Reçue le 1 janvier 2027 à 00:30 (heure de Paris)",
                "dans un délai de 15 jours", "réputée rejetée", "recours gracieux auprès du maire", "devant le " + COURT,
                "Télérecours citoyens (www.telerecours.fr)", "L.112-11")) {
            assertTrue(french.contains(expected), expected + " missing in:\n" + french);
        }
        String english = text(AppealRoutes.acknowledgement(town(SilenceRule.REJECTION), Locale.ENGLISH, reference, NEW_YEARS_EVE));
        for (String expected : List.of("Reference: Q-2027-000123", "Received on January 1, 2027 at 00:30 (Paris time)",
                "within 15 days", "deemed rejected", "before the " + COURT, "Télérecours citoyens")) {
            assertTrue(english.contains(expected), expected + " missing in:\n" + english);
        }
    }

    @Test
    void whenSilenceMeansAcceptanceTheAcknowledgementSaysSoAndNamesNoCourt() {
        String text = text(AppealRoutes.acknowledgement(town(SilenceRule.ACCEPTANCE), Locale.FRENCH,
                SubmissionReference.of(SubmissionReference.Kind.REGISTRATION, 5, NEW_YEARS_EVE), NEW_YEARS_EVE));
        assertTrue(text.contains("réputée acceptée"), text);
        assertFalse(text.contains("rejetée") || text.contains("tribunal"), text);
    }

    @Test
    void withoutAnyTownSettingTheAcknowledgementStillStatesRejectionAndTheCompetentCourt() {
        String text = text(AppealRoutes.acknowledgement(LegalInformation.empty(), Locale.FRENCH,
                SubmissionReference.of(SubmissionReference.Kind.HOUSEHOLD_REQUEST, 5, NEW_YEARS_EVE), NEW_YEARS_EVE));
        assertTrue(text.contains("réputée rejetée") && text.contains("devant le tribunal administratif compétent"), text);
        assertFalse(text.contains("jours"), "no answer time promised when the town gave none: " + text);
    }

    @Test
    void aRefusalNamesItsSignatoryAndTheAppealRoutesWithTheCourt() {
        LegalInformation town = town(SilenceRule.REJECTION);
        String signatory = AppealRoutes.signatory(town).orElseThrow();
        assertEquals("Julien Marchand, adjoint au maire chargé de l’enfance", signatory);
        String french = text(AppealRoutes.decision(town, Locale.FRENCH, signatory));
        for (String expected : List.of("Décision prise par Julien Marchand, adjoint au maire chargé de l’enfance.",
                "recours gracieux auprès du maire", "recours contentieux devant le " + COURT,
                "deux mois à compter de sa notification", "Télérecours citoyens")) {
            assertTrue(french.contains(expected), expected + " missing in:\n" + french);
        }
        String english = text(AppealRoutes.decision(town, Locale.ENGLISH, signatory));
        assertTrue(english.contains("Decision made by Julien Marchand") && english.contains("within two months of its notification"),
                english);
        assertFalse(text(AppealRoutes.decision(town, Locale.FRENCH, null)).contains("Décision prise par"),
                "no author line when nobody was named");
    }

    @Test
    void anInvoiceNamesItsIssuerAndTheCourtToContestItTheInvoiceCourtWhenSet() {
        LegalInformation town = town(SilenceRule.REJECTION);
        String french = text(AppealRoutes.invoice(town, Locale.FRENCH));
        for (String expected : List.of("Ordonnateur : Claire Fontaine, maire de Marelle.", "L.1617-5",
                "deux mois suivant la réception", "en saisissant le " + COURT, "juge de l’exécution")) {
            assertTrue(french.contains(expected), expected + " missing in:\n" + french);
        }
        Map<LegalField, String> values = new EnumMap<>(town.values());
        values.put(LegalField.INVOICE_COURT, "tribunal judiciaire d’Angers");
        String judiciary = text(AppealRoutes.invoice(new LegalInformation(values), Locale.ENGLISH));
        assertTrue(judiciary.contains("before the tribunal judiciaire d’Angers") && judiciary.contains("Claire Fontaine"),
                judiciary);
    }
}

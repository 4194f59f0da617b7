package fr.marelle.directdebit.control;

import fr.marelle.directdebit.entity.SepaMandate;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MandateRulesTest {

    private static final String SG = "FR7630003012340001234567854";
    private static final String SG_OTHER_BRANCH = "FR7630003003000000000000008";
    private static final String LCL = "FR1420041010050500013M02606";

    private static List<String> keys(List<Violation> v) {
        return v.stream().map(x -> x.field() + ":" + x.key()).toList();
    }

    @Test
    void anIbanTypedWithSpacesAndLowerCaseIsStoredCompactInUpperCase() {
        List<Violation> v = new ArrayList<>();
        MandateRules.Account a = MandateRules.account("  Hélène Müller-Œuvray ", "fr14 2004 1010 0505 0001 3m02 606", " psstfrpp ", v);
        assertEquals(List.of(), v);
        assertEquals(LCL, a.iban());
        assertEquals("PSSTFRPP", a.bic());
        assertEquals("Helene Muller-OEuvray", a.holder(), "accents transliterated to the SEPA character set");
    }

    @Test
    void aWrongCheckDigitAWrongFormatAndAWrongBicAreEachNamed() {
        List<Violation> v = new ArrayList<>();
        MandateRules.account("Martin", "FR1520041010050500013M02606", "AGRI", v);
        assertEquals(List.of("iban:sepa.iban.checkDigits", "bic:sepa.bic.invalid"), keys(v));
        v.clear();
        MandateRules.account("", "FR76300", null, v);
        assertEquals(List.of("holder:sepa.holder.required", "iban:sepa.iban.invalid"), keys(v));
        v.clear();
        MandateRules.account("x".repeat(71), null, "", v);
        assertEquals(List.of("holder:sepa.holder.tooLong", "iban:sepa.iban.required"), keys(v));
    }

    @Test
    void theBicIsOptional() {
        List<Violation> v = new ArrayList<>();
        assertNull(MandateRules.account("Martin", SG, "  ", v).bic());
        assertEquals(List.of(), v);
    }

    @Test
    void theRumIsUpperCaseSepaTextWithoutTheIbanAndNumberedPerHousehold() {
        assertEquals("MARELLE-42-000007", MandateRules.rum("Marelle", 42, 7));
        assertEquals("SAINTETIENNE-9-000012", MandateRules.rum("Saint-Étienne/ville", 9, 12));
        assertTrue(MandateRules.isValidRum(MandateRules.rum("", 1, 1)));
        assertFalse(MandateRules.isValidRum("/MARELLE-1"));
        assertFalse(MandateRules.isValidRum("MARELLE//1"));
        assertFalse(MandateRules.isValidRum("marelle-1"));
        assertFalse(MandateRules.isValidRum("A".repeat(36)));
    }

    @Test
    void anIbanIsMaskedToItsCountryKeyAndLastThreeCharacters() {
        assertEquals("FR14 •••• •••• 606", MandateRules.masked(LCL));
        assertEquals("FR14 2004 1010 0505 0001 3M02 606", MandateRules.grouped(LCL));
    }

    @Test
    void aMandateLapses36MonthsAfterItsLastDueDateOrItsSignatureIfNeverUsed() {
        assertEquals(LocalDate.of(2029, 3, 20), MandateRules.lapsesOn(LocalDate.of(2024, 9, 2), LocalDate.of(2026, 3, 20)));
        assertEquals(LocalDate.of(2027, 9, 2), MandateRules.lapsesOn(LocalDate.of(2024, 9, 2), null));
        assertNull(MandateRules.lapsesOn(null, null));
    }

    @Test
    void aNewIbanAtTheSameBankKeepsTheFormerOneAndAnotherBankStartsAFirstDebitAgain() {
        assertTrue(MandateRules.sameBank(SG, SG_OTHER_BRANCH));
        assertFalse(MandateRules.sameBank(SG, LCL));
        SepaMandate m = active(SG);
        m.amended("Martin", SG_OTHER_BRANCH, null, true);
        assertEquals(SG, m.getAmendedFromIban());
        assertFalse(m.isAmendedNewBank());
        SepaMandate n = active(SG);
        n.amended("Martin", LCL, null, false);
        assertNull(n.getAmendedFromIban());
        assertTrue(n.isAmendedNewBank());
        assertEquals("FRST", n.getNextSequence());
    }

    @Test
    void beforeItsActivationAChangeOfAccountIsNoAmendment() {
        SepaMandate m = new SepaMandate(1, "MARELLE-1-000001", "FR72ZZZ123456", "Ville", "Martin", SG, null, OffsetDateTime.now(), 1L);
        m.amended("Martin", LCL, null, false);
        assertFalse(m.isAmendedNewBank());
        assertEquals(LCL, m.getIban());
    }

    private static SepaMandate active(String iban) {
        SepaMandate m = new SepaMandate(1, "MARELLE-1-000001", "FR72ZZZ123456", "Ville", "Martin", iban, null, OffsetDateTime.now(), 1L);
        m.activated(OffsetDateTime.now(), 2L);
        return m;
    }
}

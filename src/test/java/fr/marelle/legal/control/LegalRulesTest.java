package fr.marelle.legal.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks of the legal information the administrator types. */
class LegalRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private static List<Violation> violations(Map<String, String> typed) {
        List<Violation> violations = new ArrayList<>();
        LegalRules.check(typed, TODAY, violations);
        return violations;
    }

    @Test
    void rightValuesAreNormalised() {
        Map<String, String> typed = new HashMap<>();
        typed.put("publisherName", "  Commune de Marelle ");
        typed.put("publisherPhone", "02 41 00 00 00");
        typed.put("publisherSiret", "214 900 000 00019");
        typed.put("dpoEmail", "DPO@Example.ORG");
        typed.put("accessibilityRate", "87,50 %");
        typed.put("accessibilityAuditDate", "2026-01-15");
        typed.put("hostName", "");
        List<Violation> violations = new ArrayList<>();
        LegalInformation info = LegalRules.check(typed, TODAY, violations);
        assertEquals(List.of(), violations);
        assertEquals(Optional.of("Commune de Marelle"), info.get(LegalField.PUBLISHER_NAME));
        assertEquals(Optional.of("+33241000000"), info.get(LegalField.PUBLISHER_PHONE));
        assertEquals(Optional.of("21490000000019"), info.get(LegalField.PUBLISHER_SIRET));
        assertEquals(Optional.of("DPO@example.org"), info.get(LegalField.DPO_EMAIL));
        assertEquals(Optional.of("87.5"), info.get(LegalField.ACCESSIBILITY_RATE));
        assertEquals(Optional.empty(), info.get(LegalField.HOST_NAME), "a blank part is cleared");
        assertEquals(AccessibilityStatus.PARTIAL, info.accessibility());
    }

    @Test
    void eachWrongFieldHasItsOwnTranslatedViolation() {
        Map<String, String> typed = new HashMap<>();
        typed.put("supportEmail", "not-an-address");
        typed.put("supportPhone", "12");
        typed.put("publisherSiret", "1234");
        typed.put("accessibilityRate", "120");
        typed.put("accessibilityAuditDate", "15/01/2026");
        typed.put("hostName", "x".repeat(201));
        typed.put("accessibilitySchemeUrl", "javascript:alert(1)");
        List<Violation> violations = violations(typed);
        assertEquals(Map.of("supportEmail", "email.invalid", "supportPhone", "phone.invalid",
                        "publisherSiret", "legal.invalid.siret", "accessibilityRate", "legal.invalid.rate",
                        "accessibilityAuditDate", "legal.invalid.date", "hostName", "legal.invalid.tooLong",
                        "accessibilitySchemeUrl", "legal.invalid.url"),
                violations.stream().collect(java.util.stream.Collectors.toMap(Violation::field, Violation::key)));
        for (Violation v : violations) {
            assertTrue(!fr.marelle.platform.control.Messages.text(java.util.Locale.ENGLISH, v).equals(v.key()), v.key());
        }
    }

    @Test
    void anAuditCannotBeInTheFutureNorARateHaveThreeDecimals() {
        assertEquals("legal.invalid.futureDate", violations(Map.of("accessibilityAuditDate", "2026-09-02")).get(0).key());
        assertEquals(List.of(), violations(Map.of("accessibilityAuditDate", "2026-09-01")));
        assertEquals("legal.invalid.rate", violations(Map.of("accessibilityRate", "87.555")).get(0).key());
        assertEquals("legal.invalid.rate", violations(Map.of("accessibilityRate", "-1")).get(0).key());
    }

    @Test
    void nothingTypedIsAllowedButLeavesEveryRequiredPartMissing() {
        List<Violation> violations = new ArrayList<>();
        LegalInformation info = LegalRules.check(null, TODAY, violations);
        assertEquals(List.of(), violations);
        assertTrue(info.missing().contains(LegalField.DPO_EMAIL));
        assertTrue(!info.missing().contains(LegalField.PUBLISHER_SIRET), "the SIRET is an extra");
        assertTrue(new LegalInformation(LegalDemoData.VALUES).complete(), "the demo town is complete");
    }

    @Test
    void theDemoValuesPassTheChecks() {
        Map<String, String> typed = new HashMap<>();
        LegalDemoData.VALUES.forEach((field, value) -> typed.put(field.id(), value));
        List<Violation> violations = new ArrayList<>();
        LegalInformation info = LegalRules.check(typed, TODAY, violations);
        assertEquals(List.of(), violations);
        assertEquals(new LegalInformation(LegalDemoData.VALUES), info);
    }

    @Test
    void theSupportLineJoinsWhatIsSetAndIsAbsentWhenNothingIs() {
        LegalInformation info = new LegalInformation(Map.of(LegalField.SUPPORT_EMAIL, "portail@example.org",
                LegalField.SUPPORT_PHONE, "+33241000001", LegalField.SUPPORT_HOURS, "9 h – 17 h"));
        assertEquals(Optional.of("Contact du portail famille : portail@example.org · 02 41 00 00 01 (9 h – 17 h)"),
                SupportContact.line(info, java.util.Locale.FRENCH));
        assertEquals(Optional.empty(), SupportContact.line(LegalInformation.empty(), java.util.Locale.FRENCH));
        assertEquals(Optional.empty(), SupportContact.line(new LegalInformation(Map.of(LegalField.SUPPORT_HOURS, "9 h")),
                java.util.Locale.FRENCH), "hours alone say nobody to contact");
    }

    @Test
    void theAnswerTimeIsADayCountAndSilenceEitherRejectionOrAcceptance() {
        List<Violation> none = new ArrayList<>();
        LegalInformation info = LegalRules.check(Map.of("answerDays", "030", "silenceMeans", "acceptance"), TODAY, none);
        assertEquals(List.of(), none);
        assertEquals(Optional.of(30), info.answerDays());
        assertEquals(SilenceRule.ACCEPTANCE, info.silence());
        assertEquals(SilenceRule.REJECTION, LegalInformation.empty().silence(), "rejection unless the town says otherwise");
        assertEquals("legal.invalid.days", violations(Map.of("answerDays", "0")).get(0).key());
        assertEquals("legal.invalid.days", violations(Map.of("answerDays", "366")).get(0).key());
        assertEquals("legal.invalid.days", violations(Map.of("answerDays", "deux mois")).get(0).key());
        assertEquals("legal.invalid.silence", violations(Map.of("silenceMeans", "maybe")).get(0).key());
    }

    @Test
    void theSignatoryTheIssuerAndTheCourtAreRequiredTheInvoiceCourtIsNot() {
        List<LegalField> missing = LegalInformation.empty().missing();
        assertTrue(missing.containsAll(List.of(LegalField.DECISION_SIGNATORY_NAME, LegalField.DECISION_SIGNATORY_TITLE,
                LegalField.ISSUER_NAME, LegalField.ISSUER_TITLE, LegalField.APPEAL_COURT)), missing.toString());
        assertTrue(!missing.contains(LegalField.INVOICE_COURT), "the administrative court serves unless another is named");
    }
}

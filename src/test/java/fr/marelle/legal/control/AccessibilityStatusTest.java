package fr.marelle.legal.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The footer's "Accessibilité : …" follows the audit: RGAA's thresholds, and no audit means not compliant. */
class AccessibilityStatusTest {

    private static final LocalDate AUDIT = LocalDate.of(2026, 1, 15);

    @Test
    void everyCriterionMetIsFullyCompliant() {
        assertEquals(AccessibilityStatus.FULL, AccessibilityStatus.of(new BigDecimal("100"), AUDIT));
    }

    @Test
    void fromHalfOfTheCriteriaItIsPartiallyCompliant() {
        assertEquals(AccessibilityStatus.PARTIAL, AccessibilityStatus.of(new BigDecimal("50"), AUDIT));
        assertEquals(AccessibilityStatus.PARTIAL, AccessibilityStatus.of(new BigDecimal("99.99"), AUDIT));
    }

    @Test
    void belowHalfItIsNotCompliant() {
        assertEquals(AccessibilityStatus.NONE, AccessibilityStatus.of(new BigDecimal("49.99"), AUDIT));
        assertEquals(AccessibilityStatus.NONE, AccessibilityStatus.of(BigDecimal.ZERO, AUDIT));
    }

    @Test
    void withoutAnAuditDateEvenAHighRateIsNotCompliant() {
        assertEquals(AccessibilityStatus.NONE, AccessibilityStatus.of(new BigDecimal("100"), null));
        assertEquals(AccessibilityStatus.NONE, AccessibilityStatus.of(null, AUDIT));
        assertEquals(AccessibilityStatus.NONE, LegalInformation.empty().accessibility());
    }

    @Test
    void theFooterWordsComeFromTheBundle() {
        assertEquals("partiellement conforme", fr.marelle.platform.control.Messages.text(java.util.Locale.FRENCH,
                AccessibilityStatus.PARTIAL.key()));
        assertEquals("not compliant", fr.marelle.platform.control.Messages.text(java.util.Locale.ENGLISH,
                AccessibilityStatus.NONE.key()));
    }
}

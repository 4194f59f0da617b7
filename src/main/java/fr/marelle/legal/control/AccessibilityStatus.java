package fr.marelle.legal.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The RGAA state of conformity the footer and the accessibility statement must show: totally
 * compliant (every criterion met), partially (at least 50 %), not compliant (below 50 %, or no
 * audit: a rate without an audit date is not a valid audit).
 */
public enum AccessibilityStatus {

    FULL, PARTIAL, NONE;

    private static final BigDecimal HALF = BigDecimal.valueOf(50);
    private static final BigDecimal ALL = BigDecimal.valueOf(100);

    public static AccessibilityStatus of(BigDecimal rate, LocalDate auditDate) {
        if (rate == null || auditDate == null) {
            return NONE;
        }
        if (rate.compareTo(ALL) >= 0) {
            return FULL;
        }
        return rate.compareTo(HALF) >= 0 ? PARTIAL : NONE;
    }

    /** The bundle key of the state's words, e.g. "partiellement conforme". */
    public String key() {
        return "legal.accessibility.status." + name().toLowerCase();
    }
}

package fr.marelle.privacy.control;

import fr.marelle.platform.control.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * When a parent may close their account, without a database. The household is erased with its
 * last guardian, so what the town and the family still owe each other, and the sessions still to
 * come or still to invoice, only stand in the way of the last guardian; a guardian who leaves
 * others behind may always go. Staff accounts are closed by the administrator, not here.
 */
public final class ErasureRules {

    private ErasureRules() {
    }

    /**
     * What is known of the account and its household: whether it holds a staff role, whether it is
     * the household's last guardian, the household's balance (positive: owed to the town), online
     * payments still being confirmed, bookings to come, past sessions not invoiced yet, school enrolment requests
     * still in progress (submitted or waiting for a document), room hires asked for or to come, and room-hire
     * deposits the town still holds.
     */
    public record Facts(boolean staff, boolean lastGuardian, long balanceCents, int paymentsPending,
                        int upcomingBookings, int sessionsNotInvoiced, int enrolmentsInProgress, int hiresToCome,
                        int depositsHeld) {

        /** Facts of a household that has no enrolment request or room hire to settle. */
        public Facts(boolean staff, boolean lastGuardian, long balanceCents, int paymentsPending, int upcomingBookings,
                     int sessionsNotInvoiced) {
            this(staff, lastGuardian, balanceCents, paymentsPending, upcomingBookings, sessionsNotInvoiced, 0, 0, 0);
        }
    }

    /** Why the account cannot be closed now (message keys and arguments); empty when it can. */
    public static List<Violation> refusals(Facts facts) {
        List<Violation> reasons = new ArrayList<>();
        if (facts.staff()) {
            reasons.add(Violation.of(null, "erasure.refused.staff"));
            return reasons;
        }
        if (!facts.lastGuardian()) {
            return reasons;
        }
        if (facts.balanceCents() > 0) {
            reasons.add(Violation.of(null, "erasure.refused.unpaid", euros(facts.balanceCents())));
        } else if (facts.balanceCents() < 0) {
            reasons.add(Violation.of(null, "erasure.refused.credit", euros(-facts.balanceCents())));
        }
        if (facts.paymentsPending() > 0) {
            reasons.add(Violation.of(null, "erasure.refused.paymentPending"));
        }
        if (facts.upcomingBookings() > 0) {
            reasons.add(Violation.of(null, "erasure.refused.upcomingBookings", facts.upcomingBookings()));
        }
        if (facts.sessionsNotInvoiced() > 0) {
            reasons.add(Violation.of(null, "erasure.refused.notInvoiced", facts.sessionsNotInvoiced()));
        }
        if (facts.enrolmentsInProgress() > 0) {
            reasons.add(Violation.of(null, "erasure.refused.enrolmentInProgress", facts.enrolmentsInProgress()));
        }
        if (facts.hiresToCome() > 0) {
            reasons.add(Violation.of(null, "erasure.refused.hireToCome", facts.hiresToCome()));
        }
        if (facts.depositsHeld() > 0) {
            reasons.add(Violation.of(null, "erasure.refused.depositHeld", facts.depositsHeld()));
        }
        return reasons;
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}

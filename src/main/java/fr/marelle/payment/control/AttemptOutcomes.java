package fr.marelle.payment.control;

import fr.marelle.payment.entity.AttemptStatus;

/**
 * What the provider's answer about an attempt means for us. Pure, so that a notification, the
 * browser's return and the poller, whichever comes first, decide the same, and a second
 * identical answer decides nothing. An attempt is marked paid only for the exact amount and
 * reference we created. An attempt already expired (replaced by a newer one, or given up without
 * an answer) is still paid if the provider says the family completed it: the money is in, and
 * finance is told.
 */
public final class AttemptOutcomes {

    public enum Action {
        /** Settled before: nothing changes. */
        NONE,
        /** No final word yet: ask again later. */
        WAIT,
        /** Paid as created: record the payment. */
        PAY,
        /** Paid although we had given the attempt up: record the payment and tell finance. */
        PAY_LATE,
        /** Refused, abandoned or expired. */
        FAIL,
        /** The provider's amount or reference is not ours: record nothing, tell finance. */
        MISMATCH
    }

    /** The action, the attempt's new status and, for a mismatch, what differs. */
    public record Decision(Action action, AttemptStatus status, String mismatch) {
    }

    private AttemptOutcomes() {
    }

    public static Decision decide(AttemptStatus current, long amountCents, String reference, OperationResult result) {
        boolean expired = current == AttemptStatus.EXPIRED;
        if (!current.isOpen() && !expired) {
            return new Decision(Action.NONE, current, null);
        }
        if (result.state() == ProviderState.PAID) {
            if (result.amountCents() == null || result.amountCents() != amountCents) {
                return new Decision(Action.MISMATCH, AttemptStatus.ERROR, "AMOUNT_MISMATCH");
            }
            if (result.reference() != null && !result.reference().equals(reference)) {
                return new Decision(Action.MISMATCH, AttemptStatus.ERROR, "REFERENCE_MISMATCH");
            }
            return new Decision(expired ? Action.PAY_LATE : Action.PAY, AttemptStatus.PAID, null);
        }
        if (expired) {
            return new Decision(Action.NONE, current, null);
        }
        return switch (result.state()) {
            case REFUSED -> new Decision(Action.FAIL, AttemptStatus.REFUSED, null);
            case ABANDONED -> new Decision(Action.FAIL, AttemptStatus.ABANDONED, null);
            case EXPIRED -> new Decision(Action.FAIL, AttemptStatus.EXPIRED, null);
            // a technical error answer is asked again until the attempt is too old to be paid
            case PENDING, ERROR -> new Decision(Action.WAIT, current, null);
            case PAID -> throw new IllegalStateException();
        };
    }
}

package fr.marelle.billing.entity;

/**
 * Where an invoice stands. Never stored on the (immutable) invoice: derived from its credit notes,
 * the payments allocated to it and whether it was sent to the public treasury.
 */
public enum InvoiceStatus {
    UNPAID, PARTLY_PAID, PAID, SENT_TO_TREASURY;

    /**
     * @param totalCents      the invoice's total
     * @param creditedCents   the total of its credit notes
     * @param paidCents       the payments allocated to it
     * @param sentToTreasury  whether it was handed to the public treasury (then no longer payable here)
     */
    public static InvoiceStatus of(long totalCents, long creditedCents, long paidCents, boolean sentToTreasury) {
        if (sentToTreasury) {
            return SENT_TO_TREASURY;
        }
        if (totalCents - creditedCents - paidCents <= 0) {
            return PAID;
        }
        return paidCents > 0 ? PARTLY_PAID : UNPAID;
    }

    /** What remains to pay, never below zero. */
    public static long remaining(long totalCents, long creditedCents, long paidCents) {
        return Math.max(0, totalCents - creditedCents - paidCents);
    }
}

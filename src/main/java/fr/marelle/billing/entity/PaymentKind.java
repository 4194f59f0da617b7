package fr.marelle.billing.entity;

/** What a ledger entry is: money in, credit given back, or the cancellation of another entry. */
public enum PaymentKind {
    PAYMENT, REFUND, REVERSAL
}

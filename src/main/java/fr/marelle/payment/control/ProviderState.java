package fr.marelle.payment.control;

/** Where an operation stands at the provider, in the portal's words. */
public enum ProviderState {
    /** No final result yet: ask again later. */
    PENDING,
    /** Paid: the amount and reference must still be compared with the attempt. */
    PAID,
    REFUSED,
    /** The payer left the provider's page; final once the operation can no longer be used. */
    ABANDONED,
    /** The operation ended (or was purged) without a payment. */
    EXPIRED,
    /** The provider gave an answer the portal does not understand. */
    ERROR
}

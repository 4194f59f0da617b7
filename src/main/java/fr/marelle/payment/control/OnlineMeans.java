package fr.marelle.payment.control;

/** How the payer paid online (PayFiP resultrans P / V). */
public enum OnlineMeans {
    CARD,
    DIRECT_DEBIT
}

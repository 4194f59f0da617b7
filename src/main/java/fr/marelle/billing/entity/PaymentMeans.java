package fr.marelle.billing.entity;

import java.util.EnumSet;
import java.util.Set;

/** How money was paid (or given back). The two ONLINE ones come only from the payment provider. */
public enum PaymentMeans {
    ONLINE_CARD, ONLINE_DIRECT_DEBIT, CASH, CHEQUE, CESU, HOLIDAY_VOUCHER, BANK_TRANSFER, DIRECT_DEBIT;

    /** What finance staff may record at the counter. */
    public static final Set<PaymentMeans> COUNTER = EnumSet.of(CASH, CHEQUE, CESU, HOLIDAY_VOUCHER, BANK_TRANSFER, DIRECT_DEBIT);

    /** How credit may be given back to a family. */
    public static final Set<PaymentMeans> REFUND = EnumSet.of(CASH, CHEQUE, BANK_TRANSFER);

    public boolean isOnline() {
        return this == ONLINE_CARD || this == ONLINE_DIRECT_DEBIT;
    }
}

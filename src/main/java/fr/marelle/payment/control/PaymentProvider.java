package fr.marelle.payment.control;

import java.time.Instant;

/** One online payment service (PayFiP today); billing never sees which. */
public interface PaymentProvider {

    /** Short name kept with each attempt, e.g. "payfip". */
    String name();

    /** Creates the operation at the provider (server to server). */
    CreatedOperation create(OperationRequest request) throws ProviderException;

    /** Asks the provider where an operation stands; createdAt decides pending vs expired. */
    OperationResult fetch(String operationId, Instant createdAt) throws ProviderException;

    /**
     * Whether the provider's last code for a still open operation means the payer left its page
     * without paying (the operation could still be used for a while, so it is not final yet).
     */
    default boolean payerLeft(String providerCode) {
        return false;
    }
}

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
}

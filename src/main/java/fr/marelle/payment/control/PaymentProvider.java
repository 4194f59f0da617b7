package fr.marelle.payment.control;

/** One online payment service (PayFiP today); billing never sees which. */
public interface PaymentProvider {
    String name();

    /** Creates the operation at the provider (server to server). */
    CreatedOperation create(OperationRequest request) throws ProviderException;

    /** Asks the provider where an operation stands; createdAt decides pending vs expired. */
    OperationResult fetch(String operationId, java.time.Instant createdAt) throws ProviderException;
}

package fr.marelle.payment.control;

public record OperationResult(ProviderState state, OnlineMeans means, Long amountCents, String reference,
        String authorisation, java.time.LocalDateTime paidAt, String providerCode, String rawAnswer) {
}

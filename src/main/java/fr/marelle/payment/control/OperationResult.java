package fr.marelle.payment.control;

import java.time.LocalDateTime;

/**
 * The provider's answer about one operation.
 *
 * @param means        how it was paid; null unless {@code state} is PAID
 * @param amountCents  the amount the provider collected (or would have), when it says so
 * @param reference    our reference as the provider knows it, to compare with the attempt
 * @param authorisation the provider's authorisation number, when paid
 * @param paidAt       Paris local time of the transaction, from dattrans + heurtrans
 * @param providerCode resultrans, or the fault code (P1, P5) behind a PENDING or EXPIRED
 * @param rawAnswer    the answer as received, to keep
 */
public record OperationResult(ProviderState state, OnlineMeans means, Long amountCents, String reference,
                              String authorisation, LocalDateTime paidAt, String providerCode, String rawAnswer) {
}

package fr.marelle.payment.control;

public record OperationRequest(String clientNumber, String reference, int year, String label,
        long amountCents, String payerEmail, java.net.URI notificationUrl, java.net.URI returnUrl) {
}

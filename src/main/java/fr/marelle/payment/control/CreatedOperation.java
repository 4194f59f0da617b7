package fr.marelle.payment.control;

public record CreatedOperation(String operationId, java.net.URI redirectUrl, String rawAnswer) {
}

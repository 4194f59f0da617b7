package fr.marelle.payment.control;

import java.net.URI;

/**
 * What the portal asks the provider to collect: the régie's client number at the provider, our
 * unique reference, the year it belongs to, a label shown to the payer, the exact amount in cents,
 * the payer's e-mail, where the provider notifies the portal and where the browser comes back.
 */
public record OperationRequest(String clientNumber, String reference, int year, String label,
                               long amountCents, String payerEmail, URI notificationUrl, URI returnUrl) {
}

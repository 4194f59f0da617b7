package fr.marelle.payment.control;

import java.net.URI;

/** An operation created at the provider: its id, where to send the payer's browser, the answer as received. */
public record CreatedOperation(String operationId, URI redirectUrl, String rawAnswer) {
}

package fr.marelle.payment.control;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how the adapter talks to PayFiP: the SOAP service, the payment page the payer is sent
 * to ({@code ?idop=} is added), and {@code saisie}: T test, X activation, W production.
 */
public record PayfipEndpoint(URI service, URI paymentPage, String saisie) {

    private static final Set<String> SAISIES = Set.of("T", "X", "W");

    public PayfipEndpoint {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(paymentPage, "paymentPage");
        if (!SAISIES.contains(saisie)) {
            throw new IllegalArgumentException("marelle.payment.payfip.saisie must be T, X or W, not " + saisie);
        }
    }
}

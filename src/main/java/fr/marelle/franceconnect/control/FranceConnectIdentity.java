package fr.marelle.franceconnect.control;

import java.io.Serializable;
import java.util.Optional;

/**
 * A person as FranceConnect vouched for them in one sign-in: the opaque {@code sub} of this
 * service at that issuer, the pivot identity when the habilitation gives it, the e-mail FranceConnect
 * knows (never trusted to find an account), and the raw id_token kept for the logout.
 */
public record FranceConnectIdentity(String issuer, String sub, PivotIdentity pivot, String email,
                                    String idToken) implements Serializable {

    public Optional<PivotIdentity> pivotIdentity() {
        return Optional.ofNullable(pivot);
    }
}

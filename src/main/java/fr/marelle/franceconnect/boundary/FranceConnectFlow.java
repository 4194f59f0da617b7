package fr.marelle.franceconnect.boundary;

import com.nimbusds.oauth2.sdk.id.State;
import fr.marelle.franceconnect.control.FranceConnectClient;
import fr.marelle.franceconnect.control.FranceConnectException;
import fr.marelle.franceconnect.control.FranceConnectIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Optional;

/** Starts a FranceConnect round trip: a fresh state and nonce kept in this browser's session. */
@ApplicationScoped
public class FranceConnectFlow {

    @Inject
    FranceConnectClient client;

    /** Where to send the browser; the attempt replaces any earlier one of the session. */
    URI start(HttpServletRequest request, FranceConnectSession.Intent intent, Long accountId, String next)
            throws FranceConnectException {
        // 32 random bytes each, 43 characters once encoded: above the 32 characters FranceConnect asks for
        String state = new State(32).getValue();
        String nonce = new State(32).getValue();
        URI uri = client.authorizationUri(state, nonce);
        request.getSession(true).setAttribute(FranceConnectSession.ATTEMPT,
                new FranceConnectSession.Attempt(state, nonce, intent, accountId, next));
        return uri;
    }

    /** FranceConnect's answer checked and read (see {@link FranceConnectClient#signIn}). */
    FranceConnectIdentity finish(String code, String nonce) throws FranceConnectException {
        return client.signIn(code, nonce);
    }

    /** FranceConnect's logout for a session that came from it; the local session is ended by the caller. */
    Optional<Exit> logout(String idToken) {
        String state = new State(32).getValue();
        return client.logoutUri(idToken, state).map(uri -> new Exit(uri, state));
    }

    /** The end-session address and the state FranceConnect must send back with the browser. */
    record Exit(URI uri, String state) {
    }

    boolean enabled() {
        return client.enabled();
    }
}

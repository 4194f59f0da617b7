package fr.marelle.franceconnect.boundary;

import fr.marelle.franceconnect.control.FranceConnectIdentity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * What a browser session holds of FranceConnect: the attempt under way (its one-time state and
 * nonce, bound to this session), the raw id_token of a session that came from FranceConnect (for
 * its logout), an identity waiting for the person to sign in locally or register, and the state
 * of a logout under way.
 */
final class FranceConnectSession {

    static final String ATTEMPT = "marelle.fc.attempt";
    static final String ID_TOKEN = "marelle.fc.idToken";
    static final String PENDING = "marelle.fc.pending";
    static final String LOGOUT_STATE = "marelle.fc.logoutState";

    enum Intent { LOGIN, LINK }

    /** One authorization request: it is answered once, in the session that made it. */
    record Attempt(String state, String nonce, Intent intent, Long accountId, String next) implements Serializable {

        boolean answers(String presented) {
            return presented != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                    presented.getBytes(StandardCharsets.UTF_8));
        }
    }

    private FranceConnectSession() {
    }

    /** The attempt of this session, removed: a state is good for one answer only. */
    static Optional<Attempt> takeAttempt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTEMPT) instanceof Attempt attempt)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTEMPT);
        return Optional.of(attempt);
    }

    static Optional<FranceConnectIdentity> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof FranceConnectIdentity identity
                ? Optional.of(identity) : Optional.empty();
    }

    static Optional<String> idToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ID_TOKEN) instanceof String token ? Optional.of(token) : Optional.empty();
    }
}

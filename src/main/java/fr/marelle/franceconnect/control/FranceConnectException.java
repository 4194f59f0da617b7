package fr.marelle.franceconnect.control;

/** A FranceConnect sign-in that cannot go on; the reason names the message the person reads. */
public class FranceConnectException extends Exception {

    /** Why, as the person is told (the page's {@code ?fc=<reason in lower case>}, bundle key {@code franceconnect.fc.…}). */
    public enum Reason {
        /** The person cancelled at FranceConnect ({@code access_denied}). */
        DENIED,
        /** FranceConnect does not answer (discovery, token or userinfo endpoint). */
        UNAVAILABLE,
        /** The answer was not what FranceConnect sends: bad state, signature, issuer, audience, nonce, expiry, acr. */
        REFUSED
    }

    private final Reason reason;

    public FranceConnectException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public FranceConnectException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package fr.marelle.platform.control;

/**
 * The portal is too busy with one kind of work (e.g. password checks during a sign-in storm) to take
 * this request now; answered 503 with Retry-After, and a retry a moment later settles it.
 */
public class ServerBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public ServerBusyException(int retryAfterSeconds) {
        super("busy: retry after " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

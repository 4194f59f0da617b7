package fr.marelle.platform.control;

/** A request over its throttle limit: the API answers 429 with Retry-After, pages a message. */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(ThrottledAction action, long retryAfterSeconds) {
        super("too many requests: " + action);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole minutes to wait, rounded up, for messages. */
    public long retryAfterMinutes() {
        return (retryAfterSeconds + 59) / 60;
    }
}

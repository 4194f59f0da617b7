package fr.marelle.payment.control;

/** The provider could not be asked or refused the request; kind says which, the message is for logs. */
public class ProviderException extends Exception {

    public enum Kind {
        /** No answer: connection refused, timeout, HTTP 5xx without a SOAP fault. Try again later. */
        UNREACHABLE,
        /** The provider (or the adapter, before sending) refused the request itself: do not retry as is. */
        REFUSED,
        /** The provider reported a technical fault or answered something unreadable. */
        TECHNICAL
    }

    private final Kind kind;
    private final String code;
    private final String label;

    public ProviderException(Kind kind, String code, String label, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.label = label;
    }

    public ProviderException(Kind kind, String code, String label, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    /** The provider's fault code (e.g. "P5"), or one of the adapter's own codes, or null. */
    public String code() {
        return code;
    }

    /** The provider's label for the fault, or the adapter's own, or null. */
    public String label() {
        return label;
    }
}

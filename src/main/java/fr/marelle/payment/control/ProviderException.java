package fr.marelle.payment.control;

public class ProviderException extends Exception {
    public enum Kind { UNREACHABLE, REFUSED, TECHNICAL }

    private final Kind kind;
    private final String code;
    private final String label;

    public ProviderException(Kind kind, String code, String label, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.label = label;
    }

    public Kind kind() { return kind; }
    public String code() { return code; }
    public String label() { return label; }
}

package fr.marelle.observability.control;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What the log records of a request carry besides their message: the request id and the acting
 * account's id, held for the request's thread (set and cleared by the request filter; read by
 * {@link JsonLogFormatter}, which formats on the thread that logs).
 */
public final class LogContext {

    /** The header a proxy or client may give the id in, and the answer repeats. */
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

    /** The request's id, and the account acting (null: nobody signed in). */
    public record Current(String requestId, Long accountId) {
    }

    private LogContext() {
    }

    /** The id given by the caller when it is a sane token (letters, digits, . _ : -; 8 to 64), else a new one. */
    public static String requestId(String given) {
        if (given != null && SANE.matcher(given).matches()) {
            return given;
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static void set(String requestId, Long accountId) {
        CURRENT.set(new Current(requestId, accountId));
    }

    public static Current current() {
        return CURRENT.get();
    }

    public static void clear() {
        CURRENT.remove();
    }
}

package fr.marelle.platform.control;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When an API write signed in only by the session cookie is accepted: another site can make a
 * browser send that cookie with a form, a multipart form or a text/plain body, never with a JSON
 * body, a custom header or its own Origin hidden. So such a write needs both
 * <ul>
 *   <li>a body a form cannot send: JSON, or the exact non-form type an upload declares
 *       (multipart/form-data only where declared, and then only thanks to the second rule), or no body;</li>
 *   <li>proof it comes from the portal's own pages: a same-origin {@code Origin} (or, without one,
 *       {@code Sec-Fetch-Site: same-origin}), or the header {@code X-Marelle-Request} /
 *       {@code X-Requested-With}, which a cross-site page cannot send without a CORS preflight that
 *       the portal never grants.</li>
 * </ul>
 * Requests with an Authorization header are not concerned: a browser never adds one on its own.
 */
public final class SessionWriteRule {

    /** The header that scripts of the portal's pages and cookie-based clients send with a write. */
    public static final String REQUEST_HEADER = "X-Marelle-Request";

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Content types a cross-site form or a CORS "simple" request can send without a preflight. */
    private static final Set<String> SIMPLE = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    /** Why a write is refused: the message key of the problem's title. */
    public enum Refusal {
        BODY("problem.403.sessionBody"),
        ORIGIN("problem.403.sessionOrigin");

        public final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** What the rule looks at in a request. */
    public record Write(String method, String contentType, boolean hasBody, Collection<String> declaredTypes,
                        String origin, String fetchSite, boolean customHeader) {
    }

    private SessionWriteRule() {
    }

    public static boolean isUnsafe(String method) {
        return method != null && UNSAFE.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * Empty when a session-cookie write may go on, else why not.
     *
     * @param portalOrigins the origins of the portal's pages (MARELLE_BASE_URL's and the request's own)
     */
    public static Optional<Refusal> check(Write write, Collection<String> portalOrigins) {
        if (!isUnsafe(write.method())) {
            return Optional.empty();
        }
        if (!acceptableBody(write)) {
            return Optional.of(Refusal.BODY);
        }
        if (!fromPortalPages(write, portalOrigins)) {
            return Optional.of(Refusal.ORIGIN);
        }
        return Optional.empty();
    }

    private static boolean acceptableBody(Write write) {
        String type = mediaType(write.contentType());
        if (type.isEmpty()) {
            // nothing to parse; a bodyless write still needs the origin proof
            return !write.hasBody();
        }
        if (isJson(type)) {
            return true;
        }
        boolean declared = write.declaredTypes() != null && write.declaredTypes().stream()
                .map(SessionWriteRule::mediaType).anyMatch(type::equals);
        if (!declared) {
            return false;
        }
        // an upload's own type: never text/plain or a url-encoded form, multipart only where declared
        return !SIMPLE.contains(type) || "multipart/form-data".equals(type);
    }

    private static boolean fromPortalPages(Write write, Collection<String> portalOrigins) {
        String origin = write.origin() == null ? null : write.origin().strip();
        if (origin != null && !origin.isEmpty()) {
            // a foreign or opaque ("null") origin is refused even with the custom header
            return WebOrigin.of(origin).filter(portalOrigins::contains).isPresent();
        }
        if ("same-origin".equalsIgnoreCase(write.fetchSite())) {
            return true;
        }
        return write.customHeader();
    }

    static boolean isJson(String type) {
        return "application/json".equals(type) || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** The media type without its parameters, lower case; empty when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}

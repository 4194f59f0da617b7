package fr.marelle.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The origin of an address ({@code scheme://host[:port]}), as a Content-Security-Policy source names
 * it: no path, query or user info (a source with a path would limit it to that path, and would show
 * more of the configuration than needed), and no port when it is the scheme's default.
 */
public final class WebOrigin {

    /** Host names and bracketed IPv6 addresses only: nothing that could end a CSP directive. */
    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+|\\[[0-9a-f:.]+]");

    private WebOrigin() {
    }

    /** The origin of an absolute http or https address; empty for anything else. */
    public static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        try {
            return of(new URI(address.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The origin of an absolute http or https address; empty for anything else. */
    public static Optional<String> of(URI address) {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        String host = address.getHost() == null ? "" : address.getHost().toLowerCase(Locale.ROOT);
        if (!("http".equals(scheme) || "https".equals(scheme)) || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        int port = address.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port));
    }
}

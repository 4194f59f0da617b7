package fr.marelle.identity.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fired by the logout before the session ends. A sign-in means whose provider must see the logout
 * too (FranceConnect) names the address the browser leaves through, and what the new anonymous
 * session must keep to check the provider's answer.
 */
public final class SigningOut {

    private String exitUri;
    private final Map<String, Object> keep = new LinkedHashMap<>();

    public void exitThrough(String uri, String attribute, Object value) {
        exitUri = uri;
        keep.put(attribute, value);
    }

    Optional<String> exitUri() {
        return Optional.ofNullable(exitUri);
    }

    Map<String, Object> keep() {
        return keep;
    }
}

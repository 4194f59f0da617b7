package fr.marelle.franceconnect.control;

import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * How the portal reaches FranceConnect, from the environment only (MARELLE_FRANCECONNECT_*): the
 * issuer (its endpoints come from discovery), the client id and secret of the town's habilitation,
 * the redirect and post-logout URIs registered with FranceConnect, the scopes. Off, and no button,
 * until issuer, client id and secret are all set.
 */
@ApplicationScoped
public class FranceConnectSettings {

    static final String DEFAULT_SCOPES = "openid identite_pivot email";

    @Inject
    @ConfigProperty(name = "marelle.franceconnect.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "marelle.franceconnect.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "marelle.franceconnect.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "marelle.franceconnect.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "marelle.franceconnect.post-logout-redirect-uri")
    Optional<String> postLogoutRedirectUri;

    @Inject
    @ConfigProperty(name = "marelle.franceconnect.scopes", defaultValue = DEFAULT_SCOPES)
    String scopes;

    @Inject
    PortalLinks links;

    public boolean enabled() {
        return present(issuer) && present(clientId) && present(clientSecret);
    }

    public String issuer() {
        return issuer.orElseThrow().strip();
    }

    public String clientId() {
        return clientId.orElseThrow().strip();
    }

    public String clientSecret() {
        return clientSecret.orElseThrow().strip();
    }

    /** Where FranceConnect sends the browser back with the code; registered as is with FranceConnect. */
    public String redirectUri() {
        return redirectUri.filter(v -> !v.isBlank()).orElseGet(() -> links.to("/franceconnect/callback"));
    }

    /** Where FranceConnect sends the browser back after its logout; registered as is with FranceConnect. */
    public String postLogoutRedirectUri() {
        return postLogoutRedirectUri.filter(v -> !v.isBlank()).orElseGet(() -> links.to("/franceconnect/logged-out"));
    }

    public String scopes() {
        return scopes.isBlank() ? DEFAULT_SCOPES : scopes.strip();
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}

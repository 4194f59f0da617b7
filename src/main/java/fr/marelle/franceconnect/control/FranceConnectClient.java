package fr.marelle.franceconnect.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The relying party of FranceConnect v2 (OpenID Connect, authorization code flow), built on the
 * Nimbus OAuth 2.0 SDK: the authorization request ({@code acr_values=eidas1}), the code exchange
 * (client_secret_post), the id_token and the userinfo JWT checked against the provider's keys
 * (ES256 or RS256; an unknown {@code kid} fetches the key set again, as FranceConnect asks when it
 * rotates its keys), and the logout request. Token lifetimes are checked against the real time the
 * provider stamped them with, not the portal's clock, which may run as of another day in demos.
 */
@ApplicationScoped
public class FranceConnectClient {

    private static final Logger LOG = Logger.getLogger(FranceConnectClient.class.getName());
    /** FranceConnect v2 asks for eIDAS "low" at least; FranceConnect+ levels are accepted as higher. */
    static final String ACR = "eidas1";
    static final Set<String> ACCEPTED_ACR = Set.of("eidas1", "eidas2", "eidas3");
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);
    private static final int TIMEOUT_MILLIS = 8_000;

    @Inject
    FranceConnectSettings settings;

    /** The provider's endpoints and keys; the keys are cached and fetched again on an unknown kid. */
    private record Provider(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys) {
    }

    private volatile Provider provider;

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * The address to send the browser to. Discovery is read again each time, so that a provider that
     * stopped answering is told to the person here rather than by a browser error page.
     */
    public URI authorizationUri(String state, String nonce) throws FranceConnectException {
        Provider p = discover();
        return new AuthenticationRequest.Builder(new ResponseType("code"), Scope.parse(settings.scopes()),
                new ClientID(settings.clientId()), URI.create(settings.redirectUri()))
                .endpointURI(p.metadata().getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .acrValues(List.of(new ACR(ACR)))
                .build()
                .toURI();
    }

    /** Exchanges the code, checks the id_token (with the nonce of this browser's attempt) and reads the userinfo. */
    public FranceConnectIdentity signIn(String code, String nonce) throws FranceConnectException {
        Provider p = current();
        OIDCTokenResponse tokens = exchange(p, code);
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        IDTokenClaimsSet claims;
        try {
            claims = new IDTokenValidator(new Issuer(settings.issuer()), new ClientID(settings.clientId()),
                    new JWSVerificationKeySelector<>(ALGORITHMS, p.keys()), null).validate(idToken, new Nonce(nonce));
        } catch (BadJOSEException | JOSEException e) {
            throw new FranceConnectException(FranceConnectException.Reason.REFUSED, "id_token refused: " + e.getMessage(), e);
        }
        String acr = claims.getACR() == null ? "" : claims.getACR().getValue();
        if (!ACCEPTED_ACR.contains(acr)) {
            throw new FranceConnectException(FranceConnectException.Reason.REFUSED, "id_token acr is '" + acr + "', not eidas1 or higher");
        }
        String sub = claims.getSubject().getValue();
        Map<String, Object> userInfo = userInfo(p, tokens, sub);
        return new FranceConnectIdentity(settings.issuer(), sub, PivotIdentity.fromClaims(userInfo).orElse(null),
                userInfo.get("email") instanceof String email ? email : null, idToken.serialize());
    }

    /** FranceConnect's end-session address for a session that came from it; empty when it cannot be reached. */
    public Optional<URI> logoutUri(String idToken, String state) {
        try {
            URI endSession = current().metadata().getEndSessionEndpointURI();
            if (endSession == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(endSession, JWTParser.parse(idToken),
                    URI.create(settings.postLogoutRedirectUri()), new State(state)).toURI());
        } catch (FranceConnectException | java.text.ParseException e) {
            LOG.log(Level.WARNING, "FranceConnect logout skipped: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private OIDCTokenResponse exchange(Provider p, String code) throws FranceConnectException {
        TokenRequest request = new TokenRequest.Builder(p.metadata().getTokenEndpointURI(),
                new ClientSecretPost(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(settings.redirectUri()))).build();
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(send(request.toHTTPRequest()));
        } catch (ParseException e) {
            throw new FranceConnectException(FranceConnectException.Reason.REFUSED, "token response unreadable: " + e.getMessage(), e);
        }
        if (response instanceof TokenErrorResponse error) {
            throw new FranceConnectException(FranceConnectException.Reason.REFUSED,
                    "token endpoint refused the code: " + error.getErrorObject().getCode());
        }
        if (!(response instanceof OIDCTokenResponse tokens) || tokens.getOIDCTokens().getIDToken() == null) {
            throw new FranceConnectException(FranceConnectException.Reason.REFUSED, "token response without id_token");
        }
        return tokens;
    }

    private Map<String, Object> userInfo(Provider p, OIDCTokenResponse tokens, String sub) throws FranceConnectException {
        UserInfoResponse response;
        try {
            response = UserInfoResponse.parse(send(new UserInfoRequest(p.metadata().getUserInfoEndpointURI(),
                    tokens.getOIDCTokens().getBearerAccessToken()).toHTTPRequest()));
        } catch (ParseException e) {
            throw new FranceConnectException(FranceConnectException.Reason.REFUSED, "userinfo unreadable: " + e.getMessage(), e);
        }
        if (!(response instanceof UserInfoSuccessResponse success)) {
            throw new FranceConnectException(FranceConnectException.Reason.REFUSED,
                    "userinfo refused: " + response.toErrorResponse().getErrorObject().getCode());
        }
        Map<String, Object> claims;
        if (success.getUserInfoJWT() != null) {
            // FranceConnect v2 signs the userinfo like the id_token: same keys, issuer, audience, person
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, p.keys()));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.clientId(),
                    new JWTClaimsSet.Builder().issuer(settings.issuer()).subject(sub).build(), Set.of("sub")));
            try {
                claims = processor.process(success.getUserInfoJWT(), null).getClaims();
            } catch (BadJOSEException | JOSEException e) {
                throw new FranceConnectException(FranceConnectException.Reason.REFUSED, "userinfo JWT refused: " + e.getMessage(), e);
            }
        } else {
            claims = new HashMap<>(success.getUserInfo().toJSONObject());
            if (!sub.equals(claims.get("sub"))) {
                throw new FranceConnectException(FranceConnectException.Reason.REFUSED, "userinfo names another person than the id_token");
            }
        }
        return claims;
    }

    private static HTTPResponse send(HTTPRequest request) throws FranceConnectException {
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
        try {
            return request.send();
        } catch (IOException e) {
            throw new FranceConnectException(FranceConnectException.Reason.UNAVAILABLE,
                    "FranceConnect does not answer at " + request.getURI() + ": " + e.getMessage(), e);
        }
    }

    private Provider current() throws FranceConnectException {
        Provider p = provider;
        return p != null ? p : discover();
    }

    /** Reads the provider's metadata; keeps the key cache while the key set's address stays the same. */
    private Provider discover() throws FranceConnectException {
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        } catch (GeneralException | IOException e) {
            throw new FranceConnectException(FranceConnectException.Reason.UNAVAILABLE,
                    "FranceConnect discovery failed for " + settings.issuer() + ": " + e.getMessage(), e);
        }
        Provider known = provider;
        if (known != null && known.metadata().getJWKSetURI().equals(metadata.getJWKSetURI())) {
            provider = new Provider(metadata, known.keys());
            return provider;
        }
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, 256 * 1024))
                    // an unknown kid refetches at once: FranceConnect rotates keys without notice
                    .rateLimited(false)
                    .retrying(true)
                    .build();
            provider = new Provider(metadata, keys);
            return provider;
        } catch (MalformedURLException e) {
            throw new FranceConnectException(FranceConnectException.Reason.UNAVAILABLE, "bad jwks_uri " + metadata.getJWKSetURI(), e);
        }
    }
}

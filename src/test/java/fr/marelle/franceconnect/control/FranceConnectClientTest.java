package fr.marelle.franceconnect.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relying party against a small provider on 127.0.0.1 (the JDK's HTTP server) whose keys the
 * test generates: what FranceConnect sends is accepted, anything else is refused.
 */
class FranceConnectClientTest {

    private static final String CLIENT = "client-1";
    private static final String NONCE = "n".repeat(43);
    private static final String SUB = "a".repeat(64) + "v1";

    private HttpServer server;
    private String issuer;
    private ECKey key;
    private final AtomicInteger jwksFetches = new AtomicInteger();
    /** What the token endpoint's id_token and the userinfo JWT become before they are sent. */
    private UnaryOperator<JWTClaimsSet.Builder> idTokenClaims = UnaryOperator.identity();
    private UnaryOperator<JWTClaimsSet.Builder> userInfoClaims = UnaryOperator.identity();
    private String forcedIdToken;
    private FranceConnectClient client;

    @BeforeEach
    void provider() throws Exception {
        key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2";
        server.createContext("/api/v2/.well-known/openid-configuration", x -> answer(x, "application/json", """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "userinfo_endpoint":"%1$s/userinfo","jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/session/end",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["ES256","RS256"]}""".formatted(issuer)));
        server.createContext("/api/v2/jwks", x -> {
            jwksFetches.incrementAndGet();
            answer(x, "application/json", new JWKSet(key.toPublicJWK()).toString());
        });
        server.createContext("/api/v2/token", x -> answer(x, "application/json",
                "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":60,\"id_token\":\""
                        + (forcedIdToken != null ? forcedIdToken : sign(idTokenClaims.apply(claims().claim("nonce", NONCE).claim("acr", "eidas1")))) + "\"}"));
        server.createContext("/api/v2/userinfo", x -> answer(x, "application/jwt", sign(userInfoClaims.apply(claims()
                .claim("given_name", "Léa Marie").claim("family_name", "DARTOIS").claim("birthdate", "1990-07-14")
                .claim("gender", "female").claim("birthplace", "75107").claim("birthcountry", "99100")
                .claim("email", "lea@example.net")))));
        server.start();
        FranceConnectSettings settings = new FranceConnectSettings();
        settings.issuer = Optional.of(issuer);
        settings.clientId = Optional.of(CLIENT);
        settings.clientSecret = Optional.of("secret");
        settings.redirectUri = Optional.of("https://portail.example/franceconnect/callback");
        settings.postLogoutRedirectUri = Optional.of("https://portail.example/franceconnect/logged-out");
        settings.scopes = FranceConnectSettings.DEFAULT_SCOPES;
        client = new FranceConnectClient();
        client.settings = settings;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theAuthorizationRequestAsksForEidas1WithStateAndNonce() throws Exception {
        String uri = client.authorizationUri("s".repeat(43), NONCE).toString();
        assertTrue(uri.startsWith(issuer + "/authorize?"), uri);
        assertTrue(uri.contains("acr_values=eidas1") && uri.contains("state=" + "s".repeat(43)) && uri.contains("nonce=" + NONCE), uri);
        assertTrue(uri.contains("scope=openid+identite_pivot+email") && uri.contains("response_type=code"), uri);
    }

    @Test
    void aGenuineAnswerGivesThePersonAndTheirPivotIdentity() throws Exception {
        client.authorizationUri("s".repeat(43), NONCE);
        FranceConnectIdentity identity = client.signIn("code", NONCE);
        assertEquals(SUB, identity.sub());
        assertEquals("DARTOIS", identity.pivot().familyName());
        assertEquals("75107", identity.pivot().birthplace());
        assertTrue(client.logoutUri(identity.idToken(), "t".repeat(43)).orElseThrow().toString()
                .startsWith(issuer + "/session/end?"));
    }

    @Test
    void aNewKeyOfTheProviderIsFetchedWhenItsKidIsUnknown() throws Exception {
        client.authorizationUri("s".repeat(43), NONCE);
        client.signIn("code", NONCE);
        int before = jwksFetches.get();
        key = new ECKeyGenerator(Curve.P_256).keyID("k2").generate();
        client.signIn("code", NONCE);
        assertTrue(jwksFetches.get() > before, "the key set was fetched again");
    }

    @Test
    void everyTamperedAnswerIsRefused() throws Exception {
        client.authorizationUri("s".repeat(43), NONCE);
        assertRefused(() -> client.signIn("code", "another-nonce-".repeat(3)));
        idTokenClaims = b -> b.audience("another-client");
        assertRefused(() -> client.signIn("code", NONCE));
        idTokenClaims = b -> b.issuer("https://evil.example/api/v2");
        assertRefused(() -> client.signIn("code", NONCE));
        idTokenClaims = b -> b.expirationTime(Date.from(Instant.now().minusSeconds(600)));
        assertRefused(() -> client.signIn("code", NONCE));
        idTokenClaims = b -> b.claim("acr", "eidas0");
        assertRefused(() -> client.signIn("code", NONCE));
        idTokenClaims = UnaryOperator.identity();
        userInfoClaims = b -> b.subject("someone-else");
        assertRefused(() -> client.signIn("code", NONCE));
        userInfoClaims = UnaryOperator.identity();
        forcedIdToken = new PlainJWT(claims().claim("nonce", NONCE).claim("acr", "eidas1").build()).serialize();
        assertRefused(() -> client.signIn("code", NONCE));
        SignedJWT hs = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().claim("nonce", NONCE).claim("acr", "eidas1").build());
        hs.sign(new MACSigner("secret-secret-secret-secret-secret!".getBytes(StandardCharsets.UTF_8)));
        forcedIdToken = hs.serialize();
        assertRefused(() -> client.signIn("code", NONCE));
        ECKey other = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k1").build(),
                claims().claim("nonce", NONCE).claim("acr", "eidas1").build());
        foreign.sign(new ECDSASigner(other));
        forcedIdToken = foreign.serialize();
        assertRefused(() -> client.signIn("code", NONCE));
    }

    @Test
    void aProviderThatDoesNotAnswerIsSaidSo() {
        server.stop(0);
        FranceConnectException e = assertThrows(FranceConnectException.class, () -> client.authorizationUri("s".repeat(43), NONCE));
        assertEquals(FranceConnectException.Reason.UNAVAILABLE, e.reason());
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        FranceConnectException e = assertThrows(FranceConnectException.class, call);
        assertEquals(FranceConnectException.Reason.REFUSED, e.reason(), e.getMessage());
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(issuer).subject(SUB).audience(CLIENT)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(60)));
    }

    private String sign(JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

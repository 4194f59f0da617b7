package fr.marelle.devserver;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import fr.marelle.franceconnect.control.FranceConnectDemoData;
import com.nimbusds.jwt.SignedJWT;
import kotlin.jvm.functions.Function0;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import com.nimbusds.oauth2.sdk.TokenRequest;
import okhttp3.Headers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A real OpenID provider on 127.0.0.1 (navikt's mock-oauth2-server) that answers like FranceConnect v2:
 * ES256 id_tokens with the {@code acr} and the pivot claims of the identity a test queues, and the userinfo
 * as a signed JWT ({@code application/jwt}) rather than JSON. Tests can make it misbehave (a userinfo or an
 * id_token signed with a key that is not FranceConnect's) and stop and restart it on the same port with the
 * same keys (FranceConnect down). Started once, with the test database, before the portal boots.
 */
public final class FranceConnectTestProvider {

    public static final String ISSUER_ID = "fc";
    public static final String CLIENT_ID = "marelle-it-client";
    public static final String CLIENT_SECRET = "marelle-it-secret-0123456789abcdef";

    /** How the provider misbehaves for the next answers. */
    public enum Tamper { NONE, USERINFO_FOREIGN_KEY, ID_TOKEN_FOREIGN_KEY }

    private static volatile Tamper tamper = Tamper.NONE;
    /** Demo mode: the authorization request shows a page to pick one of the demo identities. */
    private static volatile boolean chooser;
    /** The nonce a forged id_token carries (the one of the attempt under test, so only the signature is wrong). */
    private static volatile String forgedNonce;

    private static int port;
    private static OAuth2TokenProvider tokens;
    private static MockOAuth2Server server;
    private static final ECKey FOREIGN = foreignKey();

    private FranceConnectTestProvider() {
    }

    /** Starts the provider and adds the portal's FranceConnect settings. */
    public static synchronized void start(Properties portal) {
        port = freePort();
        // ES256 as FranceConnect recommends; one key per issuer, kept across restarts
        tokens = new OAuth2TokenProvider(new KeyProvider(List.of(), "ES256"), (Function0<Instant>) Instant::now);
        boot();
        warmUp();
        portal.setProperty("marelle.franceconnect.issuer", issuer());
        portal.setProperty("marelle.franceconnect.client-id", CLIENT_ID);
        portal.setProperty("marelle.franceconnect.client-secret", CLIENT_SECRET);
        Runtime.getRuntime().addShutdownHook(new Thread(FranceConnectTestProvider::stop, "fc-provider-stop"));
    }

    /**
     * Demo mode (the run command): the provider on a free port of 127.0.0.1, its authorization page offering the
     * demo identities of {@link FranceConnectDemoData#IDENTITIES}; the portal's FranceConnect settings to pass on.
     */
    public static synchronized Map<String, String> startForDemo() {
        Properties portal = new Properties();
        start(portal);
        chooser = true;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MARELLE_FRANCECONNECT_ISSUER", portal.getProperty("marelle.franceconnect.issuer"));
        env.put("MARELLE_FRANCECONNECT_CLIENT_ID", portal.getProperty("marelle.franceconnect.client-id"));
        env.put("MARELLE_FRANCECONNECT_CLIENT_SECRET", portal.getProperty("marelle.franceconnect.client-secret"));
        return env;
    }

    /** Whether the authorization request shows the page to pick a demo identity (otherwise the queued person answers at once). */
    public static void chooser(boolean on) {
        if (on) {
            // the person picked on the page must answer: the queued person's claims would win over theirs
            PERSON.who = CurrentPerson.NOBODY;
        }
        chooser = on;
    }

    private static void boot() {
        OAuth2Config config = new OAuth2Config(false, null, null, false, tokens, new HashSet<>(Set.of(PERSON)),
                new MockWebServerWrapper());
        server = new MockOAuth2Server(config, new DemoIdentityChooser(), new UserInfoAsJwt(), new ForgedToken());
        server.start(InetAddress.getLoopbackAddress(), port);
    }

    /** One discovery answered before the portal asks: the provider's first answer is slow on a loaded machine. */
    private static void warmUp() {
        try (var in = server.wellKnownUrl(ISSUER_ID).url().openStream()) {
            in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer as the portal knows it ({@code http://…:port/fc}). */
    public static String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    public static synchronized boolean running() {
        return server != null;
    }

    /** FranceConnect stops answering (connection refused). */
    public static synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    /** FranceConnect is back, with the same keys. */
    public static synchronized void restart() {
        if (server == null) {
            boot();
        }
    }

    /**
     * The person the next code exchanges vouch for (until another is set; not a queue, so that a test that
     * stops half-way leaves nothing for the next one); {@code expirySeconds} below zero gives expired tokens.
     * The claims go into the id_token and the access token, which the userinfo answer repeats as FranceConnect does.
     */
    public static void queue(String sub, Map<String, Object> pivotAndEmail, long expirySeconds) {
        Map<String, Object> claims = new LinkedHashMap<>(pivotAndEmail);
        claims.put("acr", "eidas1");
        PERSON.who = new DefaultOAuth2TokenCallback(ISSUER_ID, sub, "JWT", List.of(CLIENT_ID), claims, expirySeconds);
    }

    private static final CurrentPerson PERSON = new CurrentPerson();

    /** The provider's answer to every code exchange: the person last set by {@link #queue}. */
    private static final class CurrentPerson implements OAuth2TokenCallback {
        /** Nobody queued: the acr and audience only (the demo page's sign-in adds the person's claims and sub). */
        static final DefaultOAuth2TokenCallback NOBODY = new DefaultOAuth2TokenCallback(ISSUER_ID, "nobody-set-" + "0".repeat(53) + "v1",
                "JWT", List.of(CLIENT_ID), Map.of("acr", "eidas1"), 60);
        private volatile DefaultOAuth2TokenCallback who = NOBODY;

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            return who.subject(request);
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return who.typeHeader(request);
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return who.audience(request);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            return who.addClaims(request);
        }

        @Override
        public long tokenExpiry() {
            return who.tokenExpiry();
        }
    }

    public static void tamper(Tamper how, String nonce) {
        tamper = how;
        forgedNonce = nonce;
    }

    /** The pivot claims of identite_pivot, plus an e-mail, as FranceConnect formats them. */
    public static Map<String, Object> pivot(String givenNames, String familyName, String birthdate, String gender,
                                     String birthplace, String email) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("given_name", givenNames);
        claims.put("family_name", familyName);
        claims.put("birthdate", birthdate);
        claims.put("gender", gender);
        claims.put("birthplace", birthplace);
        claims.put("birthcountry", "99100");
        claims.put("email", email);
        return claims;
    }

    /**
     * The provider's sign-in page in demo mode: one button per demo identity. Each form posts back to the
     * authorization request (same address and query), where mock-oauth2-server's own login handler issues the
     * code for {@code username} (the sub) with {@code claims} (the pivot identity and e-mail). No script.
     */
    private static final class DemoIdentityChooser implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return chooser && "GET".equals(request.getMethod())
                    && request.getUrl().encodedPath().equals("/" + ISSUER_ID + "/authorize");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            StringBuilder html = new StringBuilder("""
                    <!DOCTYPE html>
                    <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>FranceConnect de démonstration</title>
                    <style>body{font-family:sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#161616}
                    h1{color:#000091}form{border:1px solid #ddd;padding:1rem;margin:1rem 0}
                    button{background:#000091;color:#fff;border:0;padding:.6rem 1rem;font-size:1rem;cursor:pointer}
                    button:focus{outline:3px solid #0a76f6;outline-offset:2px}p.what{color:#3a3a3a}</style></head>
                    <body><main><h1>FranceConnect de démonstration</h1>
                    <p>Fournisseur d’identité local du mode démo de Marelle (pas le vrai FranceConnect). Choisissez la personne
                    avec laquelle vous vous identifiez.</p>
                    """);
            for (FranceConnectDemoData.DemoIdentity person : FranceConnectDemoData.IDENTITIES) {
                var pivot = person.pivot();
                html.append("<form method=\"post\"><input type=\"hidden\" name=\"username\" value=\"").append(escape(person.sub()))
                        .append("\"><input type=\"hidden\" name=\"claims\" value=\"")
                        .append(escape(JSONObjectUtils.toJSONString(person.claims()))).append("\">")
                        .append("<button type=\"submit\" id=\"demo-").append(pivot.familyName().toLowerCase(java.util.Locale.ROOT))
                        .append("\">").append(escape(pivot.givenNames() + " " + pivot.familyName())).append("</button>")
                        .append("<p class=\"what\">Né(e) le ").append(pivot.birthdate()).append(" — ").append(escape(person.whatHappens()))
                        .append("</p></form>\n");
            }
            String redirect = request.getUrl().queryParameter("redirect_uri");
            String state = request.getUrl().queryParameter("state");
            if (redirect != null && state != null) {
                html.append("<p><a id=\"demo-cancel\" href=\"").append(escape(redirect + "?error=access_denied&error_description=cancelled&state="
                        + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8))).append("\">Annuler et revenir au portail</a></p>");
            }
            html.append("</main></body></html>\n");
            return answer(200, "text/html; charset=utf-8", html.toString());
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    /** FranceConnect v2's userinfo: the claims of the access token, as a JWT signed like the id_token. */
    private static final class UserInfoAsJwt implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return request.getUrl().encodedPath().equals("/" + ISSUER_ID + "/userinfo");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String authorization = String.valueOf(request.getHeaders().get("Authorization"));
            JWTClaimsSet access;
            try {
                access = tokens.verify(server.issuerUrl(ISSUER_ID), authorization.replaceFirst("(?i)^Bearer ", ""));
            } catch (RuntimeException e) {
                return answer(401, "application/json", "{\"error\":\"invalid_token\"}");
            }
            Map<String, Object> claims = new LinkedHashMap<>();
            for (String name : List.of("sub", "given_name", "family_name", "birthdate", "gender", "birthplace", "birthcountry", "email")) {
                if (access.getClaim(name) != null) {
                    claims.put(name, access.getClaim(name));
                }
            }
            claims.put("iss", issuer());
            claims.put("aud", CLIENT_ID);
            String jwt = tamper == Tamper.USERINFO_FOREIGN_KEY
                    ? sign(claims)
                    : tokens.jwt(claims, Duration.ofMinutes(1), ISSUER_ID).serialize();
            return answer(200, "application/jwt", jwt);
        }
    }

    /** In {@link Tamper#ID_TOKEN_FOREIGN_KEY}: a token answer whose id_token is right in every claim but signed by another key. */
    private static final class ForgedToken implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return tamper == Tamper.ID_TOKEN_FOREIGN_KEY && request.getUrl().encodedPath().equals("/" + ISSUER_ID + "/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", issuer());
            claims.put("sub", "forged-subject-0000000000000000000000000000000000000000000000000000v1");
            claims.put("aud", CLIENT_ID);
            claims.put("nonce", forgedNonce);
            claims.put("acr", "eidas1");
            String idToken = sign(claims);
            return answer(200, "application/json", "{\"access_token\":\"forged\",\"token_type\":\"Bearer\",\"expires_in\":60,"
                    + "\"id_token\":\"" + idToken + "\"}");
        }
    }

    /** Signed with a key FranceConnect never published, under FranceConnect's own key id. */
    private static String sign(Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
        claims.forEach(set::claim);
        set.issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(60)));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
                    .keyID(tokens.publicJwkSet(ISSUER_ID).getKeys().get(0).getKeyID()).build(), set.build());
            jwt.sign(new ECDSASigner(FOREIGN));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OAuth2HttpResponse answer(int status, String type, String body) {
        return new OAuth2HttpResponse(Headers.of("Content-Type", type), status, body, body.getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ECKey foreignKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("foreign").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

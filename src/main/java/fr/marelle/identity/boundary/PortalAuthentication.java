package fr.marelle.identity.boundary;

import fr.marelle.audit.control.CurrentActor;
import fr.marelle.audit.entity.Actor;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.control.ApiTokens;
import fr.marelle.identity.control.Authentication;
import fr.marelle.identity.control.LoginResult;
import fr.marelle.identity.control.PasswordCheckGate;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import fr.marelle.observability.control.ScrapeToken;
import fr.marelle.platform.boundary.ApiLocale;
import fr.marelle.platform.boundary.ServerBusy;
import fr.marelle.platform.control.ServerBusyException;
import fr.marelle.platform.boundary.TooManyRequests;
import fr.marelle.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a request is signed in: the login page or FranceConnect (a {@link VerifiedLogin} handed over by
 * {@link PageSignIn} once the password or FranceConnect's answer was checked, then the session), or on the API an API token
 * ({@code Authorization: Bearer mrl_…}, acting with the token's role) or HTTP Basic with the
 * account's e-mail and password; on /metrics also the scrape token ({@link ScrapeToken}). Only the login page opens a session: a token or Basic call is
 * authenticated for that request alone, so software calls leave nothing on the server. Protected
 * pages redirect to the login page; the API and {@code /metrics} answer 401 with a problem body instead.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    Authentication authentication;

    @Inject
    CurrentActor currentActor;

    @Inject
    ApiTokens tokens;

    @Inject
    ScrapeToken scrapeToken;

    @Inject
    PasswordCheckGate passwordChecks;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            // the page session registered at login (what @AutoApplySession did for every login)
            return restore(signedIn, context);
        }
        if (context.getAuthParameters().getCredential() instanceof VerifiedLogin login) {
            context.setRegisterSession(login.email(), login.roles());
            return context.notifyContainerAboutLogin(login.email(), login.roles());
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && ScrapeToken.isMetricsPath(path(request)) && scrapeToken.matches(header.substring(7).strip())) {
            return context.notifyContainerAboutLogin(ScrapeToken.CALLER, Set.of(ScrapeToken.ROLE));
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            currentActor.set(new Actor(null, null, request.getRemoteAddr()));
            return bearer(header.substring(7).strip(), response, context);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            // authentication runs before the filters: give the audit trail the client address now
            currentActor.set(new Actor(null, null, request.getRemoteAddr()));
            return basic(header.substring(6).strip(), response, context);
        }
        if (context.isProtected()) {
            if (isForSoftware(request)) {
                return unauthorized(response, context, "problem.401");
            }
            String next = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    static VerifiedLogin verified(Account account) {
        return new VerifiedLogin(account.getEmail(), roleNames(account.getRoles()));
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, context, "problem.401");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, context, "problem.401");
        }
        String login = decoded.substring(0, colon);
        LoginResult result;
        try {
            result = passwordChecks.through(login, () -> authentication.checkBasic(login, decoded.substring(colon + 1)));
        } catch (ServerBusyException e) {
            ServerBusy.write(context.getRequest(), response, e);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.outcome() == LoginResult.Outcome.THROTTLED) {
            TooManyRequests.write(context.getRequest(), response, result.tooMany());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!result.succeeded()) {
            return unauthorized(response, context, result.messageKey());
        }
        Set<String> groups = roleNames(result.account().getRoles());
        Acting.declareGroups(context.getRequest(), groups);
        Acting.declareAccount(context.getRequest(), result.account());
        return context.notifyContainerAboutLogin(result.account().getEmail(), groups);
    }

    private AuthenticationStatus bearer(String secret, HttpServletResponse response, HttpMessageContext context) {
        Optional<ApiTokens.TokenLogin> login = tokens.authenticate(secret);
        if (login.isEmpty()) {
            return unauthorized(response, context, "problem.401.token");
        }
        Set<String> groups = Set.of(login.get().role().name());
        Acting.declareGroups(context.getRequest(), groups);
        Acting.declareAccount(context.getRequest(), login.get().account());
        return context.notifyContainerAboutLogin(login.get().account().getEmail(), groups);
    }

    /** Re-applies the caller the container keeps in the page session, with the groups it signed in with. */
    private static AuthenticationStatus restore(Principal principal, HttpMessageContext context) {
        try {
            context.getHandler().handle(new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), principal)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("the container refused the session's caller", e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context, String key) {
        var locale = ApiLocale.of(context.getRequest());
        String title = Messages.text(locale, key).replace("\"", "'");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        // a constrained URL (API family) is answered here, before the headers filter: name no server either
        response.setHeader("Server", "Marelle");
        response.setHeader("WWW-Authenticate", "Basic realm=\"Marelle\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json;charset=UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":401}");
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The API and the metrics are read by software: 401 with a Basic challenge, not the login page. */
    private static boolean isForSoftware(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || ScrapeToken.isMetricsPath(path);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }
}

package fr.marelle.platform.boundary;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.control.CurrentActor;
import fr.marelle.audit.entity.Actor;
import fr.marelle.identity.boundary.SessionStamp;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.observability.control.LogContext;
import fr.marelle.observability.control.ScrapeToken;
import fr.marelle.platform.control.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the rest of the request who acts, for the audit trail, and gives the request its id
 * ({@code X-Request-Id}: the caller's when sane, else a new one), echoed in the answer and carried
 * with the account's id by the request's log records ({@link LogContext}). A session ends here when its
 * account was deactivated meanwhile or its credentials changed since it signed in (password
 * changed or reset elsewhere: see {@link SessionStamp}).
 */
public class RequestContextFilter extends HttpFilter {

    @Inject
    CurrentActor currentActor;

    @Inject
    Acting acting;

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = LogContext.requestId(request.getHeader(LogContext.HEADER));
        response.setHeader(LogContext.HEADER, requestId);
        LogContext.set(requestId, null);
        try {
            identify(request, response, chain);
        } finally {
            LogContext.clear();
        }
    }

    private void identify(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String ip = request.getRemoteAddr();
        Actor actor = new Actor(null, null, ip);
        if (request.getUserPrincipal() != null && !isScraper(request)) {
            // read once per request: the controls behind ask Acting for the same account
            Optional<Account> account = acting.account();
            HttpSession session = request.getSession(false);
            boolean active = account.isPresent() && account.get().getStatus() == AccountStatus.ACTIVE;
            if (!active || (session != null && !SessionStamp.isCurrent(session, account.get()))) {
                end(request, response, session, account, active ? "CREDENTIALS_CHANGED" : "ACCOUNT_NOT_ACTIVE");
                return;
            }
            actor = new Actor(account.get().getId(), account.get().getEmail(), ip);
            LogContext.set(LogContext.current().requestId(), account.get().getId());
        }
        currentActor.set(actor);
        chain.doFilter(request, response);
    }

    /** The metrics scraper signed in with its token: no account behind it, and nothing else open to it. */
    private static boolean isScraper(HttpServletRequest request) {
        return ScrapeToken.CALLER.equals(request.getUserPrincipal().getName()) && request.isUserInRole(ScrapeToken.ROLE);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                     Optional<Account> account, String reason) throws IOException, ServletException {
        currentActor.set(new Actor(account.map(Account::getId).orElse(null), account.map(Account::getEmail).orElse(null),
                request.getRemoteAddr()));
        audit.record("SESSION_ENDED", "account", account.map(Account::getId).orElse(null), null, Map.of("reason", reason));
        request.logout();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException e) {
                // ended by a parallel request
            }
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // no WWW-Authenticate: a page's script must not make the browser ask for a password
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\""
                    + Messages.text(ApiLocale.of(request), "problem.401.sessionEnded").replace("\"", "'")
                    + "\",\"status\":401}");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
    }
}

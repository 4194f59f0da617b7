package fr.marelle.franceconnect.boundary;

import fr.marelle.franceconnect.control.FranceConnectException;
import fr.marelle.franceconnect.control.FranceConnectIdentity;
import fr.marelle.franceconnect.control.FranceConnectLinks;
import fr.marelle.identity.boundary.PageSignIn;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The browser's round trips through FranceConnect (404 while FranceConnect is not configured):
 * <ul>
 * <li>{@code GET /franceconnect/login?next=…}: the button of the sign-in and registration pages;</li>
 * <li>{@code GET /franceconnect/callback}: FranceConnect's answer — the state is checked before
 * anything else, then the code is exchanged and the identity resolved to a person (signed in,
 * linked, or asked to sign in locally / register on {@code /franceconnect.xhtml});</li>
 * <li>{@code GET /franceconnect/logged-out}: back from FranceConnect's logout.</li>
 * </ul>
 * Every refusal sends the browser to a page that says why in words ({@code fc=<reason>}).
 */
@WebServlet(urlPatterns = {"/franceconnect/login", "/franceconnect/callback", "/franceconnect/logged-out"})
public class FranceConnectServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FranceConnectServlet.class.getName());

    @Inject
    FranceConnectFlow flow;

    @Inject
    FranceConnectLinks links;

    @Inject
    PageSignIn pageSignIn;

    @Inject
    Acting acting;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!flow.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        switch (request.getServletPath()) {
            case "/franceconnect/login" -> login(request, response);
            case "/franceconnect/callback" -> callback(request, response);
            default -> loggedOut(request, response);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            response.sendRedirect(flow.start(request, FranceConnectSession.Intent.LOGIN, null,
                    request.getParameter("next")).toString());
        } catch (FranceConnectException e) {
            LOG.log(Level.WARNING, "FranceConnect sign-in not started: {0}", e.getMessage());
            to(request, response, "/login.xhtml?fc=" + code(e.reason()));
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FranceConnectSession.Attempt> taken = FranceConnectSession.takeAttempt(request);
        if (taken.isEmpty() || !taken.get().answers(request.getParameter("state"))) {
            // forged, replayed or from another browser: nothing else of the answer is looked at
            links.refused("STATE", taken.isEmpty() ? "no attempt under way in this session" : "state differs");
            to(request, response, "/login.xhtml?fc=refused");
            return;
        }
        FranceConnectSession.Attempt attempt = taken.get();
        String back = attempt.intent() == FranceConnectSession.Intent.LINK ? "/account/franceconnect.xhtml" : "/login.xhtml";
        String error = request.getParameter("error");
        if (error != null || request.getParameter("code") == null) {
            boolean denied = "access_denied".equals(error);
            links.refused(denied ? "DENIED" : "PROVIDER_ERROR", error == null ? "no code" : error);
            to(request, response, back + "?fc=" + (denied ? "denied" : "refused"));
            return;
        }
        FranceConnectIdentity identity;
        try {
            identity = flow.finish(request.getParameter("code"), attempt.nonce());
        } catch (FranceConnectException e) {
            LOG.log(Level.WARNING, "FranceConnect answer refused: {0}", e.getMessage());
            links.refused(e.reason().name(), e.getMessage());
            to(request, response, back + "?fc=" + code(e.reason()));
            return;
        }
        if (attempt.intent() == FranceConnectSession.Intent.LINK) {
            linkSignedIn(request, response, attempt, identity);
        } else {
            signIn(request, response, attempt, identity);
        }
    }

    /** "Lier mon compte à FranceConnect": only for the person who asked, still signed in. */
    private void linkSignedIn(HttpServletRequest request, HttpServletResponse response,
                              FranceConnectSession.Attempt attempt, FranceConnectIdentity identity) throws IOException {
        Optional<Account> me = acting.account();
        if (me.isEmpty() || !me.get().getId().equals(attempt.accountId())) {
            links.refused("LINK_OTHER_SESSION", "the session is no longer the one that asked to link");
            to(request, response, "/login.xhtml?fc=refused");
            return;
        }
        boolean linked = links.link(me.get().getId(), identity, FranceConnectLinks.How.LINKED_SIGNED_IN);
        if (linked) {
            request.getSession(true).setAttribute(FranceConnectSession.ID_TOKEN, identity.idToken());
        }
        to(request, response, "/account/franceconnect.xhtml?fc=" + (linked ? "linked" : "taken"));
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response,
                        FranceConnectSession.Attempt attempt, FranceConnectIdentity identity) throws IOException {
        FranceConnectLinks.SignIn result = links.signIn(identity);
        switch (result.outcome()) {
            case SIGNED_IN -> {
                if (!pageSignIn.signIn(request, response, result.account())) {
                    to(request, response, "/login.xhtml?fc=refused");
                    return;
                }
                HttpSession session = request.getSession(true);
                session.removeAttribute(FranceConnectSession.PENDING);
                session.setAttribute(FranceConnectSession.ID_TOKEN, identity.idToken());
                to(request, response, pageSignIn.target(result.account(), attempt.next()));
            }
            case UNKNOWN_IDENTITY -> {
                request.getSession(true).setAttribute(FranceConnectSession.PENDING, identity);
                to(request, response, "/franceconnect.xhtml");
            }
            case NOT_ACTIVATED -> to(request, response, "/login.xhtml?fc=notActivated");
            case DEACTIVATED -> to(request, response, "/login.xhtml?fc=deactivated");
        }
    }

    /** Back from FranceConnect's logout: the local session already ended; a stray answer changes nothing. */
    private void loggedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(FranceConnectSession.LOGOUT_STATE);
        if (expected == null || !expected.equals(request.getParameter("state"))) {
            links.refused("LOGOUT_STATE", "logout answer without the state sent");
        }
        if (session != null) {
            session.invalidate();
        }
        to(request, response, "/login.xhtml?bye=true");
    }

    private static String code(FranceConnectException.Reason reason) {
        return reason.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void to(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}

package fr.marelle.platform.boundary;

import fr.marelle.audit.control.CurrentActor;
import fr.marelle.audit.entity.Actor;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.AccountStatus;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Tells the rest of the request who acts, for the audit trail. A session whose account was
 * deactivated meanwhile ends here.
 */
public class RequestContextFilter extends HttpFilter {

    @Inject
    CurrentActor currentActor;

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String ip = request.getRemoteAddr();
        Actor actor = new Actor(null, null, ip);
        if (request.getUserPrincipal() != null) {
            var account = accounts.byEmail(request.getUserPrincipal().getName());
            if (account.isEmpty() || account.get().getStatus() != AccountStatus.ACTIVE) {
                HttpSession session = request.getSession(false);
                request.logout();
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            actor = new Actor(account.get().getId(), account.get().getEmail(), ip);
        }
        currentActor.set(actor);
        chain.doFilter(request, response);
    }
}

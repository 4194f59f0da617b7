package fr.marelle.franceconnect.boundary;

import fr.marelle.franceconnect.control.FranceConnectLinks;
import fr.marelle.identity.boundary.SignedInWithPassword;
import fr.marelle.identity.boundary.SigningOut;
import fr.marelle.platform.boundary.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** What FranceConnect does when a session signs in with a password or signs out. */
@RequestScoped
public class FranceConnectSessionEvents {

    @Inject
    HttpServletRequest request;

    @Inject
    FranceConnectLinks links;

    @Inject
    FranceConnectFlow flow;

    /** "J'ai déjà un compte": the password just proved the account, so the waiting FranceConnect identity is linked to it. */
    void linkWaitingIdentity(@Observes SignedInWithPassword signedIn) {
        FranceConnectSession.pending(request).ifPresent(identity -> {
            request.getSession().removeAttribute(FranceConnectSession.PENDING);
            if (links.link(signedIn.account().getId(), identity, FranceConnectLinks.How.LINKED_AFTER_LOCAL_LOGIN)) {
                request.getSession().setAttribute(FranceConnectSession.ID_TOKEN, identity.idToken());
                Feedback.infoAfterRedirect("franceconnect.linked");
            } else {
                Feedback.infoAfterRedirect("franceconnect.taken");
            }
        });
    }

    /** A session that came from FranceConnect signs out of FranceConnect too (it clears FranceConnect's cookies). */
    void exitThroughFranceConnect(@Observes SigningOut signingOut) {
        FranceConnectSession.idToken(request).flatMap(flow::logout).ifPresent(exit ->
                signingOut.exitThrough(exit.uri().toString(), FranceConnectSession.LOGOUT_STATE, exit.state()));
    }
}

package fr.marelle.family.boundary;

import fr.marelle.family.control.GuardianInvitations;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The invitation page shows which household invites the person and who invited them before they
 * choose to join ({@code invitationOffer}).
 */
@Named
@RequestScoped
public class InvitationOffer {

    @Inject
    GuardianInvitations invitations;

    private GuardianInvitations.Offer offer;
    private boolean looked;

    /**
     * The household invitation behind the link, or null (an account created by staff, or an unusable
     * link). The token is read from the request when the page's model does not have it yet (a posted
     * form is decoded before its values reach the model), so the choice is shown and read alike.
     */
    public GuardianInvitations.Offer of(String token) {
        String t = token != null ? token
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        if (!looked && t != null) {
            looked = true;
            try {
                offer = invitations.offerBehind(t).orElse(null);
            } catch (RuleViolationException e) {
                offer = null;
            }
        }
        return offer;
    }
}

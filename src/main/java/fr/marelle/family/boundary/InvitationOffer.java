package fr.marelle.family.boundary;

import fr.marelle.family.control.GuardianInvitations;
import fr.marelle.identity.boundary.PasswordPages;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
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
     * link), for the link's token ({@link PasswordPages#linkToken}).
     */
    public GuardianInvitations.Offer of(String token) {
        String t = PasswordPages.linkToken(token);
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

package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.GuardianInvitations;
import fr.marelle.family.control.HouseholdRules.HouseholdForm;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.TooManyRequests;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.TooManyRequestsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The parent's household: address, phones, billing contact, guardians (invitations, leaving),
 * residence and quotient status; for a person without household, the invitations received.
 */
@Named
@RequestScoped
public class HouseholdPage {

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    FamilyQuotients quotients;

    @Inject
    GuardianInvitations invitations;

    private boolean confirmingLeave;
    private String inviteFirstName;
    private String inviteLastName;
    private String inviteEmail;

    private Household household;
    private final HouseholdFields fields = new HouseholdFields();

    @PostConstruct
    void load() {
        Account me = acting.require();
        household = households.mine(me.getId()).orElse(null);
        if (household == null) {
            fields.setName(me.getLastName());
            return;
        }
        fields.fill(household, households.guardianIds(household.getId()), households.civilities(household.getId()));
    }

    public String save() {
        try {
            households.saveMine(acting.require().getId(), fields.toForm());
            if (household == null) {
                // a new household: its next step is its first child, on the form straight away
                Feedback.infoAfterRedirect("household.createdAddChild");
                return "/parent/child.xhtml?faces-redirect=true";
            }
            Feedback.infoAfterRedirect("household.saved");
            return "/parent/household.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    /** First step of leaving: the page asks for confirmation. */
    public String askLeave() {
        confirmingLeave = true;
        return null;
    }

    public String leave() {
        try {
            Households.Departure departure = households.leave(acting.require().getId());
            if (departure.newBillingContact() == null) {
                Feedback.infoAfterRedirect("household.left");
            } else {
                Feedback.infoAfterRedirect("household.leftBillingMoved", departure.newBillingContact().fullName());
            }
            return "/parent/home.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String invite() {
        try {
            invitations.invite(acting.require().getId(), inviteFirstName, inviteLastName, inviteEmail);
            Feedback.infoAfterRedirect("guardian.invited", inviteEmail.strip());
            return "/parent/household.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        } catch (TooManyRequestsException e) {
            TooManyRequests.onPage(e);
            return null;
        }
    }

    public String cancelInvitation(long invitationId) {
        try {
            invitations.cancel(acting.require().getId(), invitationId);
            Feedback.infoAfterRedirect("guardian.invitation.cancelled");
            return "/parent/household.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String acceptInvitation(long invitationId) {
        try {
            invitations.accept(acting.require().getId(), invitationId);
            Feedback.infoAfterRedirect("guardian.joined");
            return "/parent/household.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String declineInvitation(long invitationId) {
        try {
            invitations.decline(acting.require().getId(), invitationId);
            Feedback.infoAfterRedirect("guardian.declined");
            return "/parent/household.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public List<GuardianInvitations.Pending> getPendingInvitations() {
        return household == null ? List.of() : invitations.pendingOf(acting.require().getId(), household.getId());
    }

    public List<GuardianInvitations.Offer> getOffers() {
        return household != null ? List.of() : invitations.offersFor(acting.require().getId());
    }

    public boolean isConfirmingLeave() { return confirmingLeave; }
    public String getInviteFirstName() { return inviteFirstName; }
    public void setInviteFirstName(String v) { this.inviteFirstName = v; }
    public String getInviteLastName() { return inviteLastName; }
    public void setInviteLastName(String v) { this.inviteLastName = v; }
    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String v) { this.inviteEmail = v; }

    public boolean isExists() { return household != null; }
    public boolean isResident() { return household != null && households.isResident(household); }
    public List<Account> getGuardians() { return household == null ? List.of() : households.guardians(household.getId()); }
    public FamilyQuotient getValidQuotient() {
        return household == null ? null : quotients.validToday(household.getId()).orElse(null);
    }

    public HouseholdFields getFields() { return fields; }
}

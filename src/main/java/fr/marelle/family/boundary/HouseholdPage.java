package fr.marelle.family.boundary;

import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.boundary.CurrentUser;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The parent's household: address, phones, billing contact, guardians, residence and quotient status. */
@Named
@RequestScoped
public class HouseholdPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    Households households;

    @Inject
    FamilyQuotients quotients;

    private Household household;
    private final HouseholdFields fields = new HouseholdFields();

    @PostConstruct
    void load() {
        Account me = currentUser.require();
        household = households.mine(me.getId()).orElse(null);
        if (household == null) {
            fields.setName(me.getLastName());
            return;
        }
        fields.fill(household);
    }

    public String save() {
        try {
            households.saveMine(currentUser.require().getId(), fields.toForm());
            Feedback.infoAfterRedirect("household.saved");
            return "/parent/household.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String leave() {
        try {
            households.leave(currentUser.require().getId());
            Feedback.infoAfterRedirect("household.left");
            return "/parent/home.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public boolean isExists() { return household != null; }
    public boolean isResident() { return household != null && households.isResident(household); }
    public List<Account> getGuardians() { return household == null ? List.of() : households.guardians(household.getId()); }
    public FamilyQuotient getValidQuotient() {
        return household == null ? null : quotients.validToday(household.getId()).orElse(null);
    }

    public HouseholdFields getFields() { return fields; }
}

package fr.marelle.family.boundary;

import fr.marelle.family.control.Children;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.HealthDataViews;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.family.control.HouseholdRules.PickupForm;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.HouseholdChange;
import fr.marelle.family.entity.PickupPerson;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Staff: one household's file, edited on the family's behalf (audited as the agent). */
@Named
@jakarta.faces.view.ViewScoped
public class StaffHouseholdPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HealthDataViews healthViews;

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    Children children;

    @Inject
    FamilyQuotients quotients;

    @Inject
    HouseholdHistory history;

    private String id;
    private Household household;
    private final HouseholdFields fields = new HouseholdFields();
    private String residence = "";
    private Long notAllowedChildId;
    private String naFirstName;
    private String naLastName;
    private String naRelation;
    private String naNote;
    private String linkChildId;

    /** Loaded on first use: on a postback the view action does not run, the view parameter is set again. */
    private Household household() {
        if (household == null) {
            Long householdId = PageSupport.parseId(id);
            household = households.get(acting.require().getId(), householdId == null ? -1 : householdId);
        }
        return household;
    }

    public String init() {
        Long householdId = PageSupport.parseId(id);
        try {
            household = households.get(acting.require().getId(), householdId == null ? -1 : householdId);
        } catch (UnknownRecordException e) {
            PageSupport.notFound();
            return null;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            fields.fill(household, households.guardianIds(household.getId()), households.civilities(household.getId()));
            residence = household.getResidentOverride() == null ? "" : household.getResidentOverride().toString();
            healthViews.shown("staff household page", "household", household.getId(),
                    getChildren().stream().map(HealthDataViews.Shown::of).toList());
        }
        return null;
    }

    public String save() {
        try {
            households.update(acting.require().getId(), household().getId(), fields.toForm(),
                    residence == null || residence.isEmpty() ? null : Boolean.valueOf(residence), true);
            Feedback.infoAfterRedirect("household.saved");
            return self();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String addNotAllowed() {
        try {
            children.addPickup(acting.require().getId(), household().getId(), notAllowedChildId == null ? -1 : notAllowedChildId,
                    new PickupForm(naFirstName, naLastName, naRelation, null, null, false, false, true, naNote));
            Feedback.infoAfterRedirect("pickup.saved");
            return self();
        } catch (RuleViolationException e) {
            Feedback.refused(new RuleViolationException(e.violations().stream()
                    .map(v -> new fr.marelle.platform.control.Violation(v.field() == null ? null : "na-" + v.field(),
                            v.key(), v.args())).toList()));
            return null;
        } catch (UnknownRecordException e) {
            Feedback.error("household.notFound");
            return null;
        }
    }

    public String removePickup(long childId, long pickupId) {
        try {
            children.removePickup(acting.require().getId(), household().getId(), childId, pickupId);
            Feedback.infoAfterRedirect("pickup.removed");
            return self();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    /** Alternating custody: links a child of another household (by its number) to this one. */
    public String linkChild() {
        try {
            Long childId = PageSupport.parseId(linkChildId);
            children.linkToSecondHousehold(acting.require().getId(), childId == null ? -1 : childId, household().getId());
            Feedback.infoAfterRedirect("child.linked");
            return self();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        } catch (UnknownRecordException e) {
            Feedback.refused(fr.marelle.platform.control.RuleViolationException.of("linkChildId", "household.notFound"));
            return null;
        }
    }

    private String self() {
        return "/staff/household.xhtml?faces-redirect=true&id=" + household().getId();
    }

    public Household getHousehold() { return household(); }
    public boolean isResident() { return households.isResident(household()); }
    public List<Account> getGuardians() { return households.guardians(household().getId()); }
    public List<Child> getChildren() { return children.of(acting.require().getId(), household().getId()); }
    public List<PickupPerson> pickups(long childId) { return children.pickups(acting.require().getId(), household().getId(), childId); }
    public List<FamilyQuotient> getQuotients() { return quotients.of(acting.require().getId(), household().getId()); }
    public List<HouseholdChange> getHistory() { return history.of(household().getId(), 200); }
    public String phone(String e164) { return PageSupport.phone(e164); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public HouseholdFields getFields() { return fields; }
    public String getResidence() { return residence; }
    public void setResidence(String v) { this.residence = v; }
    public Long getNotAllowedChildId() { return notAllowedChildId; }
    public void setNotAllowedChildId(Long v) { this.notAllowedChildId = v; }
    public String getNaFirstName() { return naFirstName; }
    public void setNaFirstName(String v) { this.naFirstName = v; }
    public String getNaLastName() { return naLastName; }
    public void setNaLastName(String v) { this.naLastName = v; }
    public String getNaRelation() { return naRelation; }
    public void setNaRelation(String v) { this.naRelation = v; }
    public String getNaNote() { return naNote; }
    public void setNaNote(String v) { this.naNote = v; }
    public String getLinkChildId() { return linkChildId; }
    public void setLinkChildId(String v) { this.linkChildId = v; }
}

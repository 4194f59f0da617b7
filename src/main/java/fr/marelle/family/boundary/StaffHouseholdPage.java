package fr.marelle.family.boundary;

import fr.marelle.family.control.Children;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.family.control.HouseholdRules.HouseholdForm;
import fr.marelle.family.control.HouseholdRules.PickupForm;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.HouseholdChange;
import fr.marelle.family.entity.PickupPerson;
import fr.marelle.identity.boundary.CurrentUser;
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
    CurrentUser currentUser;

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
    private String name;
    private String addressLine1;
    private String addressLine2;
    private String postcode;
    private String city;
    private String phone;
    private String otherPhone;
    private Long billingAccountId;
    private String residence = "";
    private Long notAllowedChildId;
    private String naFirstName;
    private String naLastName;
    private String naRelation;
    private String naNote;
    private String linkChildId;

    private long actor() {
        return currentUser.require().getId();
    }

    /** Loaded on first use: on a postback the view action does not run, the view parameter is set again. */
    private Household household() {
        if (household == null) {
            Long householdId = PageSupport.parseId(id);
            household = households.get(actor(), householdId == null ? -1 : householdId);
        }
        return household;
    }

    public String init() {
        Long householdId = PageSupport.parseId(id);
        try {
            household = households.get(actor(), householdId == null ? -1 : householdId);
        } catch (UnknownRecordException e) {
            PageSupport.notFound();
            return null;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            name = household.getName();
            addressLine1 = household.getAddressLine1();
            addressLine2 = household.getAddressLine2();
            postcode = household.getPostcode();
            city = household.getCity();
            phone = PageSupport.phone(household.getPhone());
            otherPhone = PageSupport.phone(household.getOtherPhone());
            billingAccountId = household.getBillingAccountId();
            residence = household.getResidentOverride() == null ? "" : household.getResidentOverride().toString();
        }
        return null;
    }

    public String save() {
        try {
            households.update(actor(), household().getId(), new HouseholdForm(name, addressLine1, addressLine2, postcode,
                    city, phone, otherPhone, billingAccountId), residence == null || residence.isEmpty() ? null
                    : Boolean.valueOf(residence), true);
            Feedback.infoAfterRedirect("household.saved");
            return self();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String addNotAllowed() {
        try {
            children.addPickup(actor(), household().getId(), notAllowedChildId == null ? -1 : notAllowedChildId,
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
            children.removePickup(actor(), household().getId(), childId, pickupId);
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
            children.linkToSecondHousehold(actor(), childId == null ? -1 : childId, household().getId());
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
    public List<Child> getChildren() { return children.of(actor(), household().getId()); }
    public List<PickupPerson> pickups(long childId) { return children.pickups(actor(), household().getId(), childId); }
    public List<FamilyQuotient> getQuotients() { return quotients.of(actor(), household().getId()); }
    public List<HouseholdChange> getHistory() { return history.of(household().getId(), 200); }
    public String phone(String e164) { return PageSupport.phone(e164); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { this.addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { this.addressLine2 = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { this.postcode = v; }
    public String getCity() { return city; }
    public void setCity(String v) { this.city = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { this.phone = v; }
    public String getOtherPhone() { return otherPhone; }
    public void setOtherPhone(String v) { this.otherPhone = v; }
    public Long getBillingAccountId() { return billingAccountId; }
    public void setBillingAccountId(Long v) { this.billingAccountId = v; }
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

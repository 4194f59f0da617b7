package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.Children;
import fr.marelle.family.control.HouseholdRules.ChildForm;
import fr.marelle.family.control.HouseholdRules.PickupForm;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.PickupPerson;
import fr.marelle.planning.control.Sites;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The parent's children: the list, one child's form (new when no id) and its pick-up persons. */
@Named
@jakarta.faces.view.ViewScoped
public class ChildPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    Children children;

    @Inject
    Sites sites;

    @Inject
    fr.marelle.platform.boundary.LanguageSwitch language;

    private String id;
    private Long householdId;
    private Child child;
    private final ChildFields fields = new ChildFields();

    private String pickupFirstName;
    private String pickupLastName;
    private String pickupRelation;
    private String pickupPhone;
    private boolean pickupMayPickUp = true;
    private boolean pickupEmergencyContact;

    /** Loaded on first use: on a postback the view action does not run, the view parameter is set again. */
    private Long householdId() {
        if (householdId == null) {
            householdId = households.mine(acting.require().getId()).map(h -> h.getId()).orElse(null);
        }
        return householdId;
    }

    private Child child() {
        Long childId = PageSupport.parseId(id);
        if (child == null && childId != null && householdId() != null) {
            child = children.get(acting.require().getId(), householdId(), childId);
        }
        return child;
    }

    /** View action: the household must exist; the child (when an id is given) must be of it. */
    public String init() {
        householdId = households.mine(acting.require().getId()).map(h -> h.getId()).orElse(null);
        if (householdId == null) {
            Feedback.infoAfterRedirect("household.createFirst");
            return "/parent/household.xhtml?faces-redirect=true";
        }
        Long childId = PageSupport.parseId(id);
        if (childId != null) {
            try {
                child = children.get(acting.require().getId(), householdId, childId);
            } catch (UnknownRecordException e) {
                PageSupport.notFound();
                return null;
            }
            if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
                fields.fill(child);
            }
        }
        return null;
    }

    public String save() {
        return save(false);
    }

    /** Saves a new child and goes on to book its sessions (the rest of its file can wait). */
    public String saveAndBook() {
        return save(true);
    }

    private String save(boolean thenBook) {
        try {
            ChildForm form = fields.toForm();
            Child saved = child() == null ? children.add(acting.require().getId(), householdId(), form)
                    : children.update(acting.require().getId(), householdId(), child().getId(), form);
            Feedback.infoAfterRedirect("child.saved", fr.marelle.platform.control.DisplayFormats.ofName(saved.getFirstName(), language.getLocale()));
            if (thenBook) {
                return "/parent/bookings.xhtml?faces-redirect=true&child=" + saved.getId();
            }
            return "/parent/child.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String remove() {
        try {
            children.remove(acting.require().getId(), householdId(), child().getId());
            Feedback.infoAfterRedirect("child.removed", child().getFirstName());
            return "/parent/children.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String addPickup() {
        try {
            children.addPickup(acting.require().getId(), householdId(), child().getId(), new PickupForm(pickupFirstName, pickupLastName, pickupRelation,
                    pickupPhone, null, pickupMayPickUp, pickupEmergencyContact, false, null));
            Feedback.infoAfterRedirect("pickup.saved");
            return "/parent/child.xhtml?faces-redirect=true&id=" + child().getId();
        } catch (RuleViolationException e) {
            Feedback.refused(prefixed(e));
            return null;
        }
    }

    public String removePickup(long pickupId) {
        try {
            children.removePickup(acting.require().getId(), householdId(), child().getId(), pickupId);
            Feedback.infoAfterRedirect("pickup.removed");
            return "/parent/child.xhtml?faces-redirect=true&id=" + child().getId();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        } catch (UnknownRecordException e) {
            PageSupport.notFound();
            return null;
        }
    }

    /** The pick-up form's inputs are named p-firstName etc. (the child form has its own firstName). */
    static RuleViolationException prefixed(RuleViolationException e) {
        return new RuleViolationException(e.violations().stream()
                .map(v -> new Violation(v.field() == null ? null : "p-" + v.field(), v.key(), v.args())).toList());
    }

    public List<Child> getChildren() {
        return householdId() == null ? List.of() : children.of(acting.require().getId(), householdId());
    }

    public List<PickupPerson> getPickups() {
        return child() == null ? List.of() : children.pickups(acting.require().getId(), householdId(), child().getId());
    }

    public String schoolName(Long siteId) {
        return siteId == null ? "" : sites.byId(siteId).map(Site::getName).orElse("");
    }
    public String phone(String e164) { return PageSupport.phone(e164); }

    /** "CE1" and such as the town names its school levels, in the page's language. */
    public String levelName(String code) {
        return code == null ? "" : sites.level(code).map(l -> l.label(language.getLocale())).orElse(code);
    }

    public Child getChild() { return child(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ChildFields getFields() { return fields; }
    public String getPickupFirstName() { return pickupFirstName; }
    public void setPickupFirstName(String v) { this.pickupFirstName = v; }
    public String getPickupLastName() { return pickupLastName; }
    public void setPickupLastName(String v) { this.pickupLastName = v; }
    public String getPickupRelation() { return pickupRelation; }
    public void setPickupRelation(String v) { this.pickupRelation = v; }
    public String getPickupPhone() { return pickupPhone; }
    public void setPickupPhone(String v) { this.pickupPhone = v; }
    public boolean isPickupMayPickUp() { return pickupMayPickUp; }
    public void setPickupMayPickUp(boolean v) { this.pickupMayPickUp = v; }
    public boolean isPickupEmergencyContact() { return pickupEmergencyContact; }
    public void setPickupEmergencyContact(boolean v) { this.pickupEmergencyContact = v; }
}

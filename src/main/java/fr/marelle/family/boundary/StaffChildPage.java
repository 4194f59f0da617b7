package fr.marelle.family.boundary;

import fr.marelle.family.control.Children;
import fr.marelle.family.control.HealthDataViews;
import fr.marelle.family.control.Households;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Staff: a child's file edited on the family's behalf, with the parent's form and rules
 * (Children.update); the history and the audit trail name the agent.
 */
@Named
@jakarta.faces.view.ViewScoped
public class StaffChildPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HealthDataViews healthViews;

    @Inject
    Acting acting;

    @Inject
    fr.marelle.platform.boundary.LanguageSwitch language;

    @Inject
    Households households;

    @Inject
    Children children;

    private String householdParam;
    private String id;
    private Household household;
    private Child child;
    private final ChildFields fields = new ChildFields();

    private long householdId() {
        Long value = PageSupport.parseId(householdParam);
        return value == null ? -1 : value;
    }

    private long childId() {
        Long value = PageSupport.parseId(id);
        return value == null ? -1 : value;
    }

    /** Loaded on first use: on a postback the view action does not run, the view parameters are set again. */
    private Child child() {
        if (child == null) {
            household = households.get(acting.require().getId(), householdId());
            child = children.get(acting.require().getId(), householdId(), childId());
        }
        return child;
    }

    public String init() {
        try {
            child = null;
            child();
        } catch (UnknownRecordException e) {
            PageSupport.notFound();
            return null;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            fields.fill(child);
            healthViews.shown("staff child page", "child", child.getId(), List.of(HealthDataViews.Shown.of(child)));
        }
        return null;
    }

    public String save() {
        try {
            Child saved = children.update(acting.require().getId(), householdId(), child().getId(), fields.toForm());
            Feedback.infoAfterRedirect("child.saved", fr.marelle.platform.control.DisplayFormats.ofName(saved.getFirstName(), language.getLocale()));
            return "/staff/household.xhtml?faces-redirect=true&id=" + householdId();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public Household getHousehold() { child(); return household; }
    public Child getChild() { return child(); }
    public ChildFields getFields() { return fields; }
    public String getHouseholdParam() { return householdParam; }
    public void setHouseholdParam(String v) { this.householdParam = v; }
    public String getId() { return id; }
    public void setId(String v) { this.id = v; }
}

package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.HouseholdRules.HouseholdForm;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Household;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.boundary.LazyList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Staff: every household, or those found by a search, a page at a time by name; open one at the counter
 * with its parent account, and work the quotient queue. View-scoped so that paging keeps the search.
 */
@Named
@ViewScoped
public class StaffHouseholdsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    FamilyQuotients quotients;

    private String query;
    private LazyList<Households.Summary> results;
    private String firstName;
    private String lastName;
    private String email;
    private String language = "fr";
    private String addressLine1;
    private String postcode;
    private String city;
    private String phone;
    private String message;

    /** Applies the text typed: the list starts again from its first page. */
    public void search() {
        results = null;
    }

    /** The households that match the search (all without one), one page at a time. */
    public LazyList<Households.Summary> getResults() {
        if (results == null) {
            long staff = acting.require().getId();
            String text = query;
            results = LazyList.of(() -> households.count(staff, text), page -> households.search(staff, text, page),
                    Households.Summary::id);
        }
        return results;
    }

    public String create() {
        try {
            Household created = households.createAtCounter(acting.require().getId(), firstName, lastName, email, language,
                    new HouseholdForm(lastName, addressLine1, null, postcode, city, phone, null, null));
            Feedback.infoAfterRedirect("staffHousehold.created", email);
            return "/staff/household.xhtml?faces-redirect=true&id=" + created.getId();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String accept(long quotientId) {
        try {
            quotients.accept(acting.require().getId(), quotientId, message);
            Feedback.infoAfterRedirect("queue.accepted");
            return "/staff/quotients.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String refuse(long quotientId) {
        try {
            quotients.refuse(acting.require().getId(), quotientId, message);
            Feedback.infoAfterRedirect("queue.refused");
            return "/staff/quotients.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public List<FamilyQuotients.Pending> getPending() {
        return quotients.pending(acting.require().getId());
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { this.firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { this.lastName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { this.language = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { this.addressLine1 = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { this.postcode = v; }
    public String getCity() { return city; }
    public void setCity(String v) { this.city = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { this.phone = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { this.message = v; }
}

package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.HouseholdRules.HouseholdForm;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Household;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Staff: search households, open one at the counter with its parent account, and work the quotient queue. */
@Named
@RequestScoped
public class StaffHouseholdsPage {

    @Inject
    Acting acting;

    @Inject
    Households households;

    @Inject
    FamilyQuotients quotients;

    private String query;
    private List<Households.Summary> results;
    private String firstName;
    private String lastName;
    private String email;
    private String language = "fr";
    private String addressLine1;
    private String postcode;
    private String city;
    private String phone;
    private String message;

    public void search() {
        results = households.search(acting.require().getId(), query, 50);
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
    public List<Households.Summary> getResults() { return results; }
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

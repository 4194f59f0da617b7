package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Registration;
import fr.marelle.identity.control.RegistrationRequest;
import fr.marelle.identity.entity.AccountType;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.boundary.TooManyRequests;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.TooManyRequestsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Online registration of a parent. */
@Named
@RequestScoped
public class RegistrationPage {

    @Inject
    Registration registration;

    @Inject
    LanguageSwitch language;

    private String firstName;
    private String lastName;
    private String email;
    private String password;
    private boolean termsAccepted;
    private AccountType accountType = AccountType.PRIVATE;
    private String organisationName;
    private String organisationNumber;

    public String register() {
        try {
            registration.register(new RegistrationRequest(firstName, lastName, email, password, termsAccepted,
                    language.getTag(), accountType.name(), organisationName, organisationNumber));
        } catch (RuleViolationException e) {
            // every field comes back as typed, the password too, so that only what is wrong needs retyping
            Feedback.refused(e);
            return null;
        } catch (TooManyRequestsException e) {
            TooManyRequests.onPage(e);
            password = null;
            return null;
        }
        return "/register-done.xhtml?faces-redirect=true";
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public AccountType[] getAccountTypes() { return AccountType.values(); }
    /** The organisation part stays open once something other than a private person was chosen. */
    public boolean isOrganisation() { return accountType != AccountType.PRIVATE; }
    public AccountType getAccountType() { return accountType; }
    public void setAccountType(AccountType accountType) { this.accountType = accountType == null ? AccountType.PRIVATE : accountType; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getOrganisationNumber() { return organisationNumber; }
    public void setOrganisationNumber(String organisationNumber) { this.organisationNumber = organisationNumber; }
    public boolean isTermsAccepted() { return termsAccepted; }
    public void setTermsAccepted(boolean termsAccepted) { this.termsAccepted = termsAccepted; }
}

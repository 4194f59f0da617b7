package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.control.AccountAdministration;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountType;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.boundary.LazyList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Planning staff at the counter: find a parent account among all of them, a page at a time, or open one
 * that the parent will finish by e-mail. View-scoped so that paging keeps the search.
 */
@Named
@ViewScoped
public class CounterAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    Accounts accounts;

    @Inject
    Acting acting;

    private String query;
    private String firstName;
    private String lastName;
    private String email;
    private String language = "fr";
    private LazyList<Account> results;
    private AccountType accountType = AccountType.PRIVATE;
    private String organisationName;
    private String organisationNumber;

    /** Applies the text typed: the list starts again from its first page. */
    public void search() {
        results = null;
    }

    /** The parent accounts that match the search (all without one), one page at a time by name. */
    public LazyList<Account> getResults() {
        if (results == null) {
            String text = query;
            results = LazyList.of(() -> accounts.count(text, Role.PARENT), page -> accounts.search(text, Role.PARENT, page),
                    Account::getId);
        }
        return results;
    }

    public String invite() {
        try {
            Account created = administration.inviteParent(acting.require().getId(), firstName, lastName, email, language,
                    accountType.name(), organisationName, organisationNumber);
            Feedback.infoAfterRedirect("counter.invited", created.getEmail());
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
        return "/staff/accounts.xhtml?faces-redirect=true";
    }

    public void resend(long accountId) {
        try {
            administration.resendInvitation(acting.require().getId(), accountId);
            Feedback.info("counter.resent");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
        search();
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public AccountType[] getAccountTypes() { return AccountType.values(); }
    public AccountType getAccountType() { return accountType; }
    public void setAccountType(AccountType accountType) { this.accountType = accountType == null ? AccountType.PRIVATE : accountType; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getOrganisationNumber() { return organisationNumber; }
    public void setOrganisationNumber(String organisationNumber) { this.organisationNumber = organisationNumber; }
}

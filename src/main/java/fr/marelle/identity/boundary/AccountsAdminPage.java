package fr.marelle.identity.boundary;

import fr.marelle.platform.boundary.LazyList;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.control.AccountAdministration;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The administrator's accounts page: staff accounts, roles, deactivation. */
@Named
@ViewScoped
public class AccountsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    Accounts accounts;

    @Inject
    Acting acting;

    private String query;
    private String roleFilter;
    private LazyList<Account> results;

    private String firstName;
    private String lastName;
    private String email;
    private List<String> newRoles = new ArrayList<>();

    private Long editedId;
    private List<String> editedRoles = new ArrayList<>();

    /** The accounts that match the search, one page at a time. */
    public LazyList<Account> getResults() {
        if (results == null) {
            String text = query;
            Role role = roleFilter == null || roleFilter.isEmpty() ? null : Role.valueOf(roleFilter);
            results = LazyList.of(() -> accounts.count(text, role), page -> accounts.search(text, role, page), Account::getId);
        }
        return results;
    }

    public void search() {
        results = null;
        editedId = null;
    }

    public void createStaff() {
        try {
            Account created = administration.createStaff(actorId(), firstName, lastName, email, roles(newRoles));
            Feedback.info("admin.accounts.created", created.getEmail());
            firstName = lastName = email = null;
            newRoles = new ArrayList<>();
            results = null;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public void edit(Account account) {
        editedId = account.getId();
        editedRoles = new ArrayList<>(account.getRoles().stream().map(Enum::name).toList());
    }

    public void saveRoles() {
        try {
            administration.changeRoles(actorId(), editedId, roles(editedRoles));
            Feedback.info("admin.accounts.rolesSaved");
            editedId = null;
            results = null;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public void deactivate(long accountId) {
        try {
            administration.deactivate(actorId(), accountId);
            Feedback.info("admin.accounts.deactivated");
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
        results = null;
    }

    public void reactivate(long accountId) {
        administration.reactivate(actorId(), accountId);
        Feedback.info("admin.accounts.reactivated");
        results = null;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    private long actorId() {
        return acting.require().getId();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getRoleFilter() { return roleFilter; }
    public void setRoleFilter(String roleFilter) { this.roleFilter = roleFilter; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<String> getNewRoles() { return newRoles; }
    public void setNewRoles(List<String> newRoles) { this.newRoles = newRoles; }
    public Long getEditedId() { return editedId; }
    public List<String> getEditedRoles() { return editedRoles; }
    public void setEditedRoles(List<String> editedRoles) { this.editedRoles = editedRoles; }
}

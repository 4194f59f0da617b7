package fr.marelle.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A person who signs in: a parent or a staff member. The login is the e-mail. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    private String language = "fr";
    @Column(name = "terms_version")
    private String termsVersion;
    @Column(name = "terms_accepted_at")
    private OffsetDateTime termsAcceptedAt;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "activated_at")
    private OffsetDateTime activatedAt;
    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;
    /** Raised when every session of the account must end (see {@link #endSessions()}). */
    @Column(name = "credentials_version")
    private int credentialsVersion;
    /** The account holder asked to be mailed when a maintenance of the portal is announced. */
    @Column(name = "maintenance_notices")
    private boolean maintenanceNotices;
    /** Private person (default), association or company; an organisation's name and number go with it. */
    @Column(name = "account_type")
    @Enumerated(EnumType.STRING)
    private AccountType accountType = AccountType.PRIVATE;
    @Column(name = "organisation_name")
    private String organisationName;
    @Column(name = "organisation_number")
    private String organisationNumber;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String email, String firstName, String lastName, AccountStatus status, Set<Role> roles,
                   OffsetDateTime now) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.status = status;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    public void acceptTerms(String version, OffsetDateTime now) {
        termsVersion = version;
        termsAcceptedAt = now;
    }

    public void activate(OffsetDateTime now) {
        status = AccountStatus.ACTIVE;
        if (activatedAt == null) {
            activatedAt = now;
        }
    }

    public void deactivate() {
        status = AccountStatus.DEACTIVATED;
        // a later reactivation must not revive the sessions open now
        endSessions();
    }

    /**
     * Ends every session signed in until now: each session carries the version it signed in with
     * and is refused at its next request. The session making a change may be stamped again.
     */
    public void endSessions() {
        credentialsVersion++;
    }

    /** Back to active, or to its pending state when it never was activated. */
    public void reactivate() {
        if (status == AccountStatus.DEACTIVATED) {
            status = activatedAt != null ? AccountStatus.ACTIVE
                    : passwordHash == null ? AccountStatus.INVITED : AccountStatus.PENDING_ACTIVATION;
        }
    }

    /** New roles; a session keeps the roles it signed in with, so the open sessions end when they change. */
    public void changeRoles(Set<Role> newRoles) {
        if (!roles.equals(newRoles)) {
            endSessions();
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** A small view for the audit trail; never the password hash. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("email", email);
        view.put("firstName", firstName);
        view.put("lastName", lastName);
        view.put("status", status.name());
        view.put("roles", new TreeSet<>(roles.stream().map(Enum::name).toList()));
        view.put("language", language);
        view.put("accountType", accountType.name());
        if (accountType != AccountType.PRIVATE) {
            view.put("organisationName", organisationName);
            view.put("organisationNumber", organisationNumber);
        }
        return view;
    }

    public AccountType getAccountType() { return accountType; }
    public String getOrganisationName() { return organisationName; }
    public String getOrganisationNumber() { return organisationNumber; }

    /** Sets the type; a private person has no organisation name or number. */
    public void setOrganisation(AccountType type, String name, String number) {
        this.accountType = type;
        this.organisationName = type == AccountType.PRIVATE ? null : name;
        this.organisationNumber = type == AccountType.PRIVATE ? null : number;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Holds AGENT, FINANCE or ADMIN (a fact of the account; what it may do now is the acting roles' business). */
    public boolean hasRoleBesidesParent() {
        return roles.stream().anyMatch(r -> r != Role.PARENT);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Long getId() { return id; }
    public int getCredentialsVersion() { return credentialsVersion; }
    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public AccountStatus getStatus() { return status; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = "en".equals(language) ? "en" : "fr"; }
    public boolean isMaintenanceNotices() { return maintenanceNotices; }
    public void setMaintenanceNotices(boolean maintenanceNotices) { this.maintenanceNotices = maintenanceNotices; }
    public String getTermsVersion() { return termsVersion; }
    public OffsetDateTime getTermsAcceptedAt() { return termsAcceptedAt; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getActivatedAt() { return activatedAt; }
    public OffsetDateTime getLastLoginAt() { return lastLoginAt; }
    public void setLastLoginAt(OffsetDateTime lastLoginAt) { this.lastLoginAt = lastLoginAt; }
    public Set<Role> getRoles() { return roles; }
}

package fr.marelle.identity.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.entity.Actor;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import fr.marelle.identity.entity.TokenPurpose;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.terms.control.TermsVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts created and managed by staff: a parent account opened at the counter (AGENT), staff
 * accounts and roles (ADMIN), deactivation. Each use case checks the acting account's role.
 */
@ApplicationScoped
public class AccountAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    TermsVersions terms;

    @Inject
    OneTimeTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PortalLinks links;

    @Inject
    Clock clock;

    /** An agent opens a parent account at the counter; the parent sets the password from the e-mail. */
    @Transactional
    public Account inviteParent(long actorId, String firstName, String lastName, String email, String language) {
        return inviteParent(actorId, firstName, lastName, email, language, null, null, null);
    }

    /** The same for an association or a company (type, name and number checked as at sign-up). */
    @Transactional
    public Account inviteParent(long actorId, String firstName, String lastName, String email, String language,
                                String accountType, String organisationName, String organisationNumber) {
        requireRole(actorId, Role.AGENT, Role.ADMIN);
        List<Violation> violations = new ArrayList<>();
        Organisation organisation = Organisation.check(Organisation.type(accountType, violations), organisationName,
                organisationNumber, violations);
        RuleViolationException.throwIfAny(violations);
        Account account = create(firstName, lastName, email, language, EnumSet.of(Role.PARENT), organisation);
        sendInvitation(account, "invitation-parent");
        return account;
    }

    /** The administrator creates a staff account with its roles. */
    @Transactional
    public Account createStaff(long actorId, String firstName, String lastName, String email, Set<Role> roles) {
        requireRole(actorId, Role.ADMIN);
        if (roles == null || roles.isEmpty()) {
            throw RuleViolationException.of("roles", "roles.required");
        }
        return invite(firstName, lastName, email, "fr", roles, "invitation-staff");
    }

    @Transactional
    public Account changeRoles(long actorId, long accountId, Set<Role> roles) {
        requireRole(actorId, Role.ADMIN);
        if (roles == null || roles.isEmpty()) {
            throw RuleViolationException.of("roles", "roles.required");
        }
        if (actorId == accountId && !roles.contains(Role.ADMIN)) {
            throw RuleViolationException.of("roles", "roles.cannotRemoveOwnAdmin");
        }
        return changeAudited(accountId, "ROLES_CHANGED", account -> account.changeRoles(roles));
    }

    /** Login refused from now on; the data stays. */
    @Transactional
    public Account deactivate(long actorId, long accountId) {
        requireRole(actorId, Role.ADMIN);
        if (actorId == accountId) {
            throw RuleViolationException.of(null, "account.cannotDeactivateSelf");
        }
        return changeAudited(accountId, "ACCOUNT_DEACTIVATED", Account::deactivate);
    }

    @Transactional
    public Account reactivate(long actorId, long accountId) {
        requireRole(actorId, Role.ADMIN);
        return changeAudited(accountId, "ACCOUNT_REACTIVATED", Account::reactivate);
    }

    /** Sends a new invitation to an account that has not chosen its password yet. */
    @Transactional
    public void resendInvitation(long actorId, long accountId) {
        requireRole(actorId, Role.AGENT, Role.ADMIN);
        Account account = accounts.require(accountId);
        if (account.getStatus() != AccountStatus.INVITED) {
            throw RuleViolationException.of(null, "account.notInvited");
        }
        sendInvitation(account, account.hasRoleBesidesParent() ? "invitation-staff" : "invitation-parent");
        audit.record("INVITATION_SENT_AGAIN", "account", accountId, null, null);
    }

    /** Used for demo data only: an account that can sign in at once. */
    @Transactional
    public Account createActive(String firstName, String lastName, String email, Set<Role> roles, String passwordHash) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Account account = new Account(email, firstName, lastName, AccountStatus.ACTIVE, roles, now);
        account.setPasswordHash(passwordHash);
        account.acceptTerms(terms.currentLabel(), now);
        account.activate(now);
        em.persist(account);
        em.flush();
        audit.recordAs(Actor.SYSTEM, "ACCOUNT_CREATED", "account", account.getId(), null, account.auditView());
        return account;
    }

    /** Applies a change to an account and records it with the account's state before and after. */
    private Account changeAudited(long accountId, String action, java.util.function.Consumer<Account> change) {
        Account account = accounts.require(accountId);
        var before = account.auditView();
        change.accept(account);
        audit.record(action, "account", accountId, before, account.auditView());
        return account;
    }

    /**
     * A parent account waiting for its holder to choose a password, created on behalf of another
     * capability (a guardian inviting a second guardian), which mails the invitation itself.
     * Refused when the e-mail already has an account.
     */
    @Transactional
    public Account createInvitedParent(String firstName, String lastName, String rawEmail, String language) {
        return create(firstName, lastName, rawEmail, language, EnumSet.of(Role.PARENT), Organisation.PRIVATE);
    }

    private Account invite(String firstName, String lastName, String rawEmail, String language, Set<Role> roles,
                           String template) {
        Account account = create(firstName, lastName, rawEmail, language, roles, Organisation.PRIVATE);
        sendInvitation(account, template);
        return account;
    }

    private Account create(String firstName, String lastName, String rawEmail, String language, Set<Role> roles,
                           Organisation organisation) {
        String email = AccountForm.normalizeEmail(rawEmail);
        List<Violation> violations = new ArrayList<>();
        AccountForm.checkName("firstName", firstName, violations);
        AccountForm.checkName("lastName", lastName, violations);
        AccountForm.checkEmail("email", email, violations);
        RuleViolationException.throwIfAny(violations);
        accounts.lockEmail(email);
        if (accounts.byEmail(email).isPresent()) {
            throw RuleViolationException.of("email", "email.taken");
        }
        Account account = new Account(email, AccountForm.clean(firstName), AccountForm.clean(lastName),
                AccountStatus.INVITED, roles, OffsetDateTime.now(clock));
        account.setLanguage(language);
        account.setOrganisation(organisation.type(), organisation.name(), organisation.number());
        em.persist(account);
        em.flush();
        audit.record("ACCOUNT_CREATED", "account", account.getId(), null, account.auditView());
        return account;
    }

    private void sendInvitation(Account account, String template) {
        String token = tokens.issue(account, TokenPurpose.INVITATION);
        outbox.queue(account.getEmail(), account.getLanguage(), template, Map.of(
                "firstName", account.getFirstName(),
                "link", links.to("/invitation.xhtml?token=" + token),
                "days", TokenPurpose.INVITATION.validity().toDays()));
    }

    private void requireRole(long actorId, Role... allowed) {
        Account actor = accounts.require(actorId);
        boolean ok = actor.getStatus() == AccountStatus.ACTIVE
                && java.util.Arrays.stream(allowed).anyMatch(actor::hasRole);
        if (!ok) {
            throw new SecurityException("account " + actorId + " may not do this");
        }
    }
}

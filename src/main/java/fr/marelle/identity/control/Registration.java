package fr.marelle.identity.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.entity.Actor;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import fr.marelle.identity.entity.TokenPurpose;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.RequestThrottle;
import fr.marelle.platform.control.ThrottledAction;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Online self-registration of a parent and its activation by e-mail. The answer never tells
 * whether the e-mail already had an account, by its content or by its time: its owner is e-mailed
 * instead, and both paths hash the password. Throttled per client address and per e-mail.
 */
@ApplicationScoped
public class Registration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    TermsVersions terms;

    @Inject
    PasswordHasher hasher;

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

    @Inject
    RequestThrottle throttle;

    @Transactional
    public void register(RegistrationRequest request) {
        String email = AccountForm.normalizeEmail(request.email());
        List<Violation> violations = new ArrayList<>();
        AccountForm.checkName("firstName", request.firstName(), violations);
        AccountForm.checkName("lastName", request.lastName(), violations);
        AccountForm.checkEmail("email", email, violations);
        violations.addAll(PasswordPolicy.check("password", request.password(), email));
        Organisation organisation = Organisation.check(Organisation.type(request.accountType(), violations),
                request.organisationName(), request.organisationNumber(), violations);
        if (!request.termsAccepted()) {
            violations.add(Violation.of("termsAccepted", "terms.required"));
        }
        RuleViolationException.throwIfAny(violations);
        throttle.acquire(ThrottledAction.REGISTRATION_PER_ADDRESS, clientAddress());
        throttle.acquire(ThrottledAction.REGISTRATION_PER_RECIPIENT, email.toLowerCase(Locale.ROOT));

        // the costly part first and on both paths, so that the time does not tell a known e-mail
        String passwordHash = hasher.hash(request.password());
        accounts.lockEmail(email);
        var existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            answerExistingAccount(existing.get());
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Account account = new Account(email, AccountForm.clean(request.firstName()), AccountForm.clean(request.lastName()),
                AccountStatus.PENDING_ACTIVATION, Set.of(Role.PARENT), now);
        account.setLanguage(request.language());
        account.setOrganisation(organisation.type(), organisation.name(), organisation.number());
        account.setPasswordHash(passwordHash);
        account.acceptTerms(terms.currentLabel(), now);
        em.persist(account);
        em.flush();
        sendActivation(account);
        audit.recordAs(new Actor(account.getId(), email, null), "ACCOUNT_REGISTERED", "account", account.getId(),
                null, withTerms(account));
    }

    /**
     * The account of a person an identity provider vouched for (FranceConnect): no password (they sign in
     * through the provider and may set one later with "password forgotten"), active at once when the e-mail
     * is the one the provider gave, otherwise activated by the mailed link like any registration. Empty when
     * the e-mail has an account already: its owner is mailed, as for any registration, and nothing is created.
     */
    @Transactional
    public Optional<Account> registerVouched(String firstName, String lastName, String typedEmail, boolean termsAccepted,
                                             String language, boolean emailFromProvider, String provider) {
        String email = AccountForm.normalizeEmail(typedEmail);
        List<Violation> violations = new ArrayList<>();
        AccountForm.checkName("firstName", firstName, violations);
        AccountForm.checkName("lastName", lastName, violations);
        AccountForm.checkEmail("email", email, violations);
        if (!termsAccepted) {
            violations.add(Violation.of("termsAccepted", "terms.required"));
        }
        RuleViolationException.throwIfAny(violations);
        throttle.acquire(ThrottledAction.REGISTRATION_PER_ADDRESS, clientAddress());
        throttle.acquire(ThrottledAction.REGISTRATION_PER_RECIPIENT, email.toLowerCase(Locale.ROOT));
        accounts.lockEmail(email);
        var existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            answerExistingAccount(existing.get());
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Account account = new Account(email, AccountForm.clean(firstName), AccountForm.clean(lastName),
                AccountStatus.PENDING_ACTIVATION, Set.of(Role.PARENT), now);
        account.setLanguage(language);
        account.acceptTerms(terms.currentLabel(), now);
        if (emailFromProvider) {
            account.activate(now);
        }
        em.persist(account);
        em.flush();
        if (!emailFromProvider) {
            sendActivation(account);
        }
        Map<String, Object> after = withTerms(account);
        after.put("vouchedBy", provider);
        audit.recordAs(new Actor(account.getId(), email, null), "ACCOUNT_REGISTERED", "account", account.getId(), null, after);
        return Optional.of(account);
    }

    /** Activates the account of the token (single use); returns it. */
    @Transactional
    public Account activate(String token) {
        Account account = tokens.redeem(token, TokenPurpose.ACTIVATION);
        var before = account.auditView();
        account.activate(OffsetDateTime.now(clock));
        audit.recordAs(new Actor(account.getId(), account.getEmail(), null), "ACCOUNT_ACTIVATED", "account",
                account.getId(), before, account.auditView());
        return account;
    }

    private void answerExistingAccount(Account account) {
        if (account.getStatus() == AccountStatus.PENDING_ACTIVATION) {
            sendActivation(account);
        } else {
            outbox.queue(account.getEmail(), account.getLanguage(), "account-exists", Map.of(
                    "greetingName", MailGreeting.nameOf(account),
                    "loginLink", links.to("/login.xhtml"),
                    "resetLink", links.to("/password-forgotten.xhtml")));
        }
        audit.record("REGISTRATION_FOR_EXISTING_EMAIL", "account", account.getId(), null, null);
    }

    private void sendActivation(Account account) {
        String token = tokens.issue(account, TokenPurpose.ACTIVATION);
        // no name: the address is not confirmed, and the name was typed by whoever registered
        outbox.queue(account.getEmail(), account.getLanguage(), "activation", Map.of(
                "link", links.to("/activate.xhtml?token=" + token),
                "hours", TokenPurpose.ACTIVATION.validity().toHours()));
    }

    private String clientAddress() {
        String ip = audit.currentActor().ip();
        return ip == null ? "" : ip;
    }

    private static Map<String, Object> withTerms(Account account) {
        Map<String, Object> view = new java.util.LinkedHashMap<>(account.auditView());
        view.put("termsVersion", account.getTermsVersion());
        return view;
    }
}

package fr.marelle.identity.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.entity.Actor;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.RequestThrottle;
import fr.marelle.platform.control.ThrottledAction;
import fr.marelle.platform.control.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an e-mail and password for the login page and for HTTP Basic on the API.
 * Five failures in a row for one e-mail <em>from one client address</em> lock that e-mail for 15
 * minutes from that address only (known account or not, so the answer reveals nothing): a stranger's
 * failures never lock the owner out of their own address. Failed logins per address and Basic calls
 * per address are throttled too (see {@link ThrottledAction}), which bounds what one address can try
 * across accounts and the PBKDF2 work it can cause. The owner of a known account is e-mailed when
 * an address gets locked. Every attempt is audited.
 */
@ApplicationScoped
public class Authentication {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    Clock clock;

    @Inject
    RequestThrottle throttle;

    /** An HTTP Basic call: counted per client address first, as each costs a PBKDF2 check. */
    @Transactional
    public LoginResult checkBasic(String rawEmail, String password) {
        try {
            throttle.acquire(ThrottledAction.BASIC_PER_ADDRESS, clientAddress());
        } catch (TooManyRequestsException e) {
            return throttled(rawEmail, e);
        }
        return check(rawEmail, password);
    }

    @Transactional
    public LoginResult check(String rawEmail, String password) {
        String email = AccountForm.normalizeEmail(rawEmail == null ? "" : rawEmail);
        String key = email.toLowerCase(Locale.ROOT);
        String address = clientAddress();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var tooMany = throttle.exhausted(ThrottledAction.LOGIN_FAILURES_PER_ADDRESS, address);
        if (tooMany.isPresent()) {
            return throttled(rawEmail, tooMany.get());
        }
        Optional<Account> account = email.isEmpty() ? Optional.empty() : accounts.byEmail(email);
        Actor actor = new Actor(account.map(Account::getId).orElse(null), email, null);

        if (isLocked(key, address, now)) {
            audit.recordAs(actor, "LOGIN_REFUSED_LOCKED", "account", account.map(Account::getId).orElse(null), null, null);
            return new LoginResult(LoginResult.Outcome.LOCKED, null);
        }
        boolean passwordMatches = hasher.matches(password, account.map(Account::getPasswordHash).orElse(null));
        if (!passwordMatches) {
            throttle.record(ThrottledAction.LOGIN_FAILURES_PER_ADDRESS, address);
            recordFailure(key, address, account, actor, now);
            return new LoginResult(isLocked(key, address, now) ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.INVALID, null);
        }
        // only this address's failures: a stranger's lock elsewhere stays
        em.createNativeQuery("delete from login_throttle where email = ?1 and address = ?2")
                .setParameter(1, key).setParameter(2, address).executeUpdate();
        Account found = account.get();
        if (found.getStatus() == AccountStatus.PENDING_ACTIVATION || found.getStatus() == AccountStatus.INVITED) {
            audit.recordAs(actor, "LOGIN_REFUSED_NOT_ACTIVATED", "account", found.getId(), null, null);
            return new LoginResult(LoginResult.Outcome.NOT_ACTIVATED, null);
        }
        if (found.getStatus() == AccountStatus.DEACTIVATED) {
            audit.recordAs(actor, "LOGIN_REFUSED_DEACTIVATED", "account", found.getId(), null, null);
            return new LoginResult(LoginResult.Outcome.DEACTIVATED, null);
        }
        // a plain update, not the entity's versioned one: parallel API calls of one account each sign in
        // (HTTP Basic) and must not fail on each other's optimistic lock
        em.createNativeQuery("update account set last_login_at = ?2 where id = ?1 and (last_login_at is null or last_login_at < ?2)")
                .setParameter(1, found.getId()).setParameter(2, now).executeUpdate();
        audit.recordAs(actor, "LOGIN_SUCCEEDED", "account", found.getId(), null, null);
        return new LoginResult(LoginResult.Outcome.SUCCESS, found);
    }

    /** Lifts the lockouts of the e-mail from every address, e.g. after a password reset by e-mail. */
    @Transactional
    public void clearFailures(String email) {
        em.createNativeQuery("delete from login_throttle where email = ?1")
                .setParameter(1, AccountForm.normalizeEmail(email).toLowerCase(Locale.ROOT)).executeUpdate();
    }

    private LoginResult throttled(String rawEmail, TooManyRequestsException e) {
        audit.recordAs(new Actor(null, rawEmail == null ? "" : AccountForm.normalizeEmail(rawEmail), null),
                "LOGIN_REFUSED_THROTTLED", "account", null, null, null);
        return new LoginResult(LoginResult.Outcome.THROTTLED, null, e);
    }

    /** The client address of the request (set by the request filter, or by the mechanism for HTTP Basic). */
    private String clientAddress() {
        String ip = audit.currentActor().ip();
        return ip == null ? "" : ip;
    }

    private boolean isLocked(String key, String address, OffsetDateTime now) {
        var rows = em.createNativeQuery("select 1 from login_throttle where email = ?1 and address = ?2 and locked_until > ?3")
                .setParameter(1, key).setParameter(2, address).setParameter(3, now).getResultList();
        return !rows.isEmpty();
    }

    private void recordFailure(String key, String address, Optional<Account> account, Actor actor, OffsetDateTime now) {
        audit.recordAs(actor, "LOGIN_FAILED", "account", account.map(Account::getId).orElse(null), null, null);
        if (key.isEmpty()) {
            return;
        }
        // a lock that has run out starts a new count
        Number failures = (Number) em.createNativeQuery("insert into login_throttle (email, address, failures, last_failure_at)"
                        + " values (?1, ?2, 1, ?3) on conflict (email, address) do update set"
                        + " failures = case when login_throttle.locked_until is not null then 1 else login_throttle.failures + 1 end,"
                        + " locked_until = null, last_failure_at = excluded.last_failure_at returning failures")
                .setParameter(1, key).setParameter(2, address).setParameter(3, now).getSingleResult();
        if (failures.intValue() >= MAX_FAILURES) {
            OffsetDateTime until = now.plus(LOCK_DURATION);
            em.createNativeQuery("update login_throttle set locked_until = ?3 where email = ?1 and address = ?2")
                    .setParameter(1, key).setParameter(2, address).setParameter(3, until).executeUpdate();
            audit.recordAs(actor, "ACCOUNT_LOCKED", "account", account.map(Account::getId).orElse(null),
                    null, Map.of("lockedUntil", until.toString(), "failures", failures.intValue(), "address", address));
            // a few warnings a day at most: failures from many addresses must not flood the owner
            if (account.isPresent() && throttle.exhausted(ThrottledAction.LOCK_MAIL_PER_ACCOUNT, key).isEmpty()) {
                throttle.record(ThrottledAction.LOCK_MAIL_PER_ACCOUNT, key);
                Account a = account.get();
                outbox.queue(a.getEmail(), a.getLanguage(), "account-locked", Map.of(
                        "greetingName", MailGreeting.nameOf(a),
                        "minutes", LOCK_DURATION.toMinutes(),
                        "until", until.atZoneSameInstant(clock.getZone()).format(DateTimeFormatter.ofPattern("HH:mm")),
                        "resetLink", links.to("/password-forgotten.xhtml")));
            }
        }
    }
}

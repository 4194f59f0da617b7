package fr.marelle.identity.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.entity.Actor;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.PortalLinks;
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
 * Five failures in a row lock the e-mail for 15 minutes (known account or not, so the answer
 * reveals nothing); the owner of a known account is e-mailed. Every attempt is audited.
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

    @Transactional
    public LoginResult check(String rawEmail, String password) {
        String email = AccountForm.normalizeEmail(rawEmail == null ? "" : rawEmail);
        String key = email.toLowerCase(Locale.ROOT);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Account> account = email.isEmpty() ? Optional.empty() : accounts.byEmail(email);
        Actor actor = new Actor(account.map(Account::getId).orElse(null), email, null);

        if (isLocked(key, now)) {
            audit.recordAs(actor, "LOGIN_REFUSED_LOCKED", "account", account.map(Account::getId).orElse(null), null, null);
            return new LoginResult(LoginResult.Outcome.LOCKED, null);
        }
        boolean passwordMatches = hasher.matches(password, account.map(Account::getPasswordHash).orElse(null));
        if (!passwordMatches) {
            recordFailure(key, account, actor, now);
            return new LoginResult(isLocked(key, now) ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.INVALID, null);
        }
        em.createNativeQuery("delete from login_throttle where email = ?1").setParameter(1, key).executeUpdate();
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

    /** Lifts a lockout, e.g. after a password reset by e-mail. */
    @Transactional
    public void clearFailures(String email) {
        em.createNativeQuery("delete from login_throttle where email = ?1")
                .setParameter(1, AccountForm.normalizeEmail(email).toLowerCase(Locale.ROOT)).executeUpdate();
    }

    private boolean isLocked(String key, OffsetDateTime now) {
        var rows = em.createNativeQuery("select 1 from login_throttle where email = ?1 and locked_until > ?2")
                .setParameter(1, key).setParameter(2, now).getResultList();
        return !rows.isEmpty();
    }

    private void recordFailure(String key, Optional<Account> account, Actor actor, OffsetDateTime now) {
        audit.recordAs(actor, "LOGIN_FAILED", "account", account.map(Account::getId).orElse(null), null, null);
        if (key.isEmpty()) {
            return;
        }
        // a lock that has run out starts a new count
        Number failures = (Number) em.createNativeQuery("insert into login_throttle (email, failures, last_failure_at)"
                        + " values (?1, 1, ?2) on conflict (email) do update set"
                        + " failures = case when login_throttle.locked_until is not null then 1 else login_throttle.failures + 1 end,"
                        + " locked_until = null, last_failure_at = excluded.last_failure_at returning failures")
                .setParameter(1, key).setParameter(2, now).getSingleResult();
        if (failures.intValue() >= MAX_FAILURES) {
            OffsetDateTime until = now.plus(LOCK_DURATION);
            em.createNativeQuery("update login_throttle set locked_until = ?2 where email = ?1")
                    .setParameter(1, key).setParameter(2, until).executeUpdate();
            audit.recordAs(actor, "ACCOUNT_LOCKED", "account", account.map(Account::getId).orElse(null),
                    null, Map.of("lockedUntil", until.toString(), "failures", failures.intValue()));
            account.ifPresent(a -> outbox.queue(a.getEmail(), a.getLanguage(), "account-locked", Map.of(
                    "firstName", a.getFirstName(),
                    "minutes", LOCK_DURATION.toMinutes(),
                    "until", until.atZoneSameInstant(clock.getZone()).format(DateTimeFormatter.ofPattern("HH:mm")),
                    "resetLink", links.to("/password-forgotten.xhtml"))));
        }
    }
}

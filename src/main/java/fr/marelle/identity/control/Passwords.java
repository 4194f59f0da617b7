package fr.marelle.identity.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.entity.Actor;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.TokenPurpose;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.RequestThrottle;
import fr.marelle.platform.control.ThrottledAction;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.terms.control.TermsVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Changing a password: by its holder (knowing the current one), by a reset link (forgotten
 * password) or by an invitation link (account created by staff).
 */
@ApplicationScoped
public class Passwords {

    /** Told to other capabilities (e.g. the household that invited this person), in the same transaction. */
    @Inject
    Event<InvitationAccepted> invitationAccepted;

    @Inject
    Accounts accounts;

    @Inject
    TermsVersions terms;

    @Inject
    PasswordHasher hasher;

    @Inject
    OneTimeTokens tokens;

    @Inject
    Authentication authentication;

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

    /**
     * Mails a reset link when the e-mail has an account; the answer is the same either way.
     * Throttled per client address and per e-mail (known or not, so the refusal tells nothing).
     */
    @Transactional
    public void requestReset(String rawEmail) {
        List<Violation> violations = new ArrayList<>();
        String email = AccountForm.normalizeEmail(rawEmail);
        AccountForm.checkEmail("email", email, violations);
        RuleViolationException.throwIfAny(violations);
        String address = audit.currentActor().ip();
        throttle.acquire(ThrottledAction.RESET_PER_ADDRESS, address == null ? "" : address);
        throttle.acquire(ThrottledAction.RESET_PER_RECIPIENT, email.toLowerCase(Locale.ROOT));
        accounts.byEmail(email).ifPresentOrElse(account -> {
            if (account.getStatus() == AccountStatus.DEACTIVATED) {
                audit.record("PASSWORD_RESET_REFUSED_DEACTIVATED", "account", account.getId(), null, null);
                return;
            }
            // always a reset link, even for an invited account: a forgotten password never leads to
            // the invitation page, so it cannot join the person to a household they did not choose
            String token = tokens.issue(account, TokenPurpose.PASSWORD_RESET);
            outbox.queue(account.getEmail(), account.getLanguage(), "password-reset", Map.of(
                    "greetingName", MailGreeting.nameOf(account),
                    "link", links.to("/password-reset.xhtml?token=" + token),
                    "minutes", TokenPurpose.PASSWORD_RESET.validity().toMinutes()));
            audit.record("PASSWORD_RESET_REQUESTED", "account", account.getId(), null, null);
        }, () -> audit.record("PASSWORD_RESET_REQUESTED_UNKNOWN_EMAIL", "account", null, null,
                Map.of("email", email)));
    }

    /**
     * Sets a new password with a reset link; the link works once, for one hour. An account that
     * never accepted the terms of use (invited, never activated) must accept them here.
     */
    @Transactional
    public Account reset(String token, String newPassword, boolean termsAccepted) {
        Account account = tokens.peek(token, TokenPurpose.PASSWORD_RESET);
        List<Violation> violations = new ArrayList<>(PasswordPolicy.check("password", newPassword, account.getEmail()));
        boolean termsNeeded = needsTerms(account);
        if (termsNeeded && !termsAccepted) {
            violations.add(Violation.of("termsAccepted", "terms.required"));
        }
        RuleViolationException.throwIfAny(violations);
        tokens.redeem(token, TokenPurpose.PASSWORD_RESET);
        setPassword(account, newPassword, "PASSWORD_RESET");
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (termsNeeded) {
            account.acceptTerms(terms.currentLabel(), now);
        }
        // the holder proved control of the mailbox: a pending or invited account is confirmed too
        if (account.getStatus() == AccountStatus.PENDING_ACTIVATION || account.getStatus() == AccountStatus.INVITED) {
            account.activate(now);
        }
        authentication.clearFailures(account.getEmail());
        return account;
    }

    /** Whether the account behind a reset link has yet to accept the terms of use. */
    public boolean needsTerms(String resetToken) {
        return needsTerms(tokens.peek(resetToken, TokenPurpose.PASSWORD_RESET));
    }

    private static boolean needsTerms(Account account) {
        return account.getTermsVersion() == null;
    }

    /**
     * Sets the first password of an invited account (by staff or by a guardian) and records the
     * terms accepted; joins the inviting household only when the person chose to.
     */
    @Transactional
    public Account acceptInvitation(String token, String newPassword, boolean termsAccepted, boolean joinHousehold) {
        Account account = tokens.peek(token, TokenPurpose.INVITATION);
        List<Violation> violations = new ArrayList<>(PasswordPolicy.check("password", newPassword, account.getEmail()));
        if (!termsAccepted) {
            violations.add(Violation.of("termsAccepted", "terms.required"));
        }
        RuleViolationException.throwIfAny(violations);
        tokens.redeem(token, TokenPurpose.INVITATION);
        var before = account.auditView();
        OffsetDateTime now = OffsetDateTime.now(clock);
        account.setPasswordHash(hasher.hash(newPassword));
        account.endSessions();
        account.acceptTerms(terms.currentLabel(), now);
        if (account.getStatus() == AccountStatus.INVITED) {
            account.activate(now);
        }
        var after = new java.util.LinkedHashMap<String, Object>(account.auditView());
        after.put("termsVersion", account.getTermsVersion());
        audit.recordAs(new Actor(account.getId(), account.getEmail(), null), "INVITATION_ACCEPTED", "account",
                account.getId(), before, after);
        invitationAccepted.fire(new InvitationAccepted(account.getId(), joinHousehold));
        return account;
    }

    /**
     * The holder changes their password, giving the current one. Every session of the account ends;
     * the caller may keep its own by stamping it with the account returned.
     */
    @Transactional
    public Account change(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.require(accountId);
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            audit.record("PASSWORD_CHANGE_REFUSED", "account", accountId, null, null);
            throw RuleViolationException.of("currentPassword", "password.currentWrong");
        }
        List<Violation> violations = new ArrayList<>(PasswordPolicy.check("newPassword", newPassword, account.getEmail()));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            violations.add(Violation.of("newPassword", "password.sameAsCurrent"));
        }
        RuleViolationException.throwIfAny(violations);
        setPassword(account, newPassword, "PASSWORD_CHANGED");
        return account;
    }

    /** A new password ends every session signed in with the old one (also those of HTTP Basic calls). */
    private void setPassword(Account account, String newPassword, String action) {
        account.setPasswordHash(hasher.hash(newPassword));
        account.endSessions();
        audit.recordAs(new Actor(account.getId(), account.getEmail(), null), action, "account", account.getId(), null,
                Map.of("sessionsEnded", true));
        outbox.queue(account.getEmail(), account.getLanguage(), "password-changed", Map.of(
                "firstName", account.getFirstName(),
                "resetLink", links.to("/password-forgotten.xhtml")));
    }
}

package fr.marelle.identity.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.ApiToken;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * API tokens for software: created by the account holder, or by an administrator for any account
 * (a service account), for one of the account's roles, shown once, kept as a SHA-256 hash (the
 * secret has 256 random bits, so a fast hash is enough and a call costs one indexed lookup instead
 * of a password hash), revocable, last use recorded.
 */
@ApplicationScoped
public class ApiTokens {

    /** Recognisable in logs and secret scanners; the rest is 32 random bytes. */
    public static final String SCHEME_PREFIX = "mrl_";
    static final int MAX_PER_ACCOUNT = 20;
    /** The last use is written at most this often, so that a busy integration does not write on every call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just created: the secret, shown once, and what is kept of it. */
    public record Created(String secret, ApiToken token) {
    }

    /** Who a valid token acts as: the account, with the token's role only. */
    public record TokenLogin(Account account, Role role, long tokenId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Acting acting;

    /** The holder creates a token for one of their own roles. */
    @Transactional
    public Created createOwn(long actorId, String name, Role role, LocalDate expiresOn) {
        return create(accounts.require(actorId), actorId, name, role, expiresOn);
    }

    /** An administrator creates a token for any active account (e.g. a service account). */
    @Transactional
    public Created createFor(long adminId, long accountId, String name, Role role, LocalDate expiresOn) {
        requireAdmin(adminId);
        return create(accounts.require(accountId), adminId, name, role, expiresOn);
    }

    private Created create(Account owner, long actorId, String name, Role role, LocalDate expiresOn) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Violation> violations = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            violations.add(Violation.of("name", "apiToken.name"));
        }
        // an account with several roles may have a token for one of them: every rule reads the roles the
        // request acts with (Acting), so the token's one role is all it gets
        if (role == null || !owner.getRoles().contains(role)) {
            violations.add(Violation.of("role", "apiToken.role"));
        }
        OffsetDateTime expiresAt = expiresOn == null ? null
                : expiresOn.plusDays(1).atStartOfDay(ClockProducer.PARIS).toOffsetDateTime();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            violations.add(Violation.of("expiresOn", "apiToken.expiresOn"));
        }
        if (owner.getStatus() != AccountStatus.ACTIVE) {
            violations.add(Violation.of(null, "apiToken.accountInactive"));
        }
        if (usableOf(owner.getId()).size() >= MAX_PER_ACCOUNT) {
            violations.add(Violation.of(null, "apiToken.tooMany", MAX_PER_ACCOUNT));
        }
        RuleViolationException.throwIfAny(violations);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken(owner.getId(), cleanName, role, OneTimeTokens.sha256(secret),
                secret.substring(0, 10), now, actorId, expiresAt);
        em.persist(token);
        em.flush();
        audit.record("API_TOKEN_CREATED", "apiToken", token.getId(), null, token.auditView());
        return new Created(secret, token);
    }

    /** The tokens of an account, newest first (revoked ones too, for the record). */
    public List<ApiToken> of(long accountId) {
        return em.createQuery("select t from ApiToken t where t.accountId = :a order by t.createdAt desc, t.id desc",
                ApiToken.class).setParameter("a", accountId).getResultList();
    }

    /** The holder revokes one of their tokens; empty when it is not theirs. */
    @Transactional
    public Optional<ApiToken> revokeOwn(long actorId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.getAccountId() != actorId) {
            return Optional.empty();
        }
        return Optional.of(revoke(token));
    }

    /** An administrator revokes any token. */
    @Transactional
    public Optional<ApiToken> revokeAny(long adminId, long tokenId) {
        requireAdmin(adminId);
        return Optional.ofNullable(em.find(ApiToken.class, tokenId)).map(this::revoke);
    }

    private ApiToken revoke(ApiToken token) {
        var before = token.auditView();
        token.revoke(OffsetDateTime.now(clock));
        audit.record("API_TOKEN_REVOKED", "apiToken", token.getId(), before, token.auditView());
        return token;
    }

    /**
     * Who a bearer secret acts as: a usable token of an active account that still holds the
     * token's role. Records the last use (at most once a minute).
     */
    @Transactional
    public Optional<TokenLogin> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SCHEME_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", OneTimeTokens.sha256(secret)).getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (found.isEmpty() || !found.get(0).isUsable(now)) {
            return Optional.empty();
        }
        ApiToken token = found.get(0);
        Account account = em.find(Account.class, token.getAccountId());
        if (account == null || account.getStatus() != AccountStatus.ACTIVE || !account.getRoles().contains(token.getRole())) {
            return Optional.empty();
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
            token.used(now);
        }
        return Optional.of(new TokenLogin(account, token.getRole(), token.getId()));
    }

    private List<ApiToken> usableOf(long accountId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return of(accountId).stream().filter(t -> t.isUsable(now)).toList();
    }

    private void requireAdmin(long actorId) {
        Account actor = accounts.require(actorId);
        if (actor.getStatus() != AccountStatus.ACTIVE || !acting.acts(actorId, Role.ADMIN)) {
            throw new SecurityException("account " + actorId + " does not act as administrator");
        }
    }
}

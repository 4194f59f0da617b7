package fr.marelle.identity.control;

import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountToken;
import fr.marelle.identity.entity.TokenPurpose;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;

/** Issues and redeems the single-use, expiring tokens sent by e-mail. */
@ApplicationScoped
public class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new token for the account; earlier unused tokens of the same purpose stop working. */
    public String issue(Account account, TokenPurpose purpose) {
        em.createQuery("delete from AccountToken t where t.account = :a and t.purpose = :p and t.usedAt is null")
                .setParameter("a", account).setParameter("p", purpose).executeUpdate();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountToken(account, purpose, sha256(token), OffsetDateTime.now(clock)));
        return token;
    }

    /** Unused tokens of the purpose stop working (e.g. an invitation withdrawn). */
    public void revoke(Account account, TokenPurpose purpose) {
        em.createQuery("delete from AccountToken t where t.account = :a and t.purpose = :p and t.usedAt is null")
                .setParameter("a", account).setParameter("p", purpose).executeUpdate();
    }

    /** The account of a valid token, which is used up; refused with the reason otherwise. */
    public Account redeem(String token, TokenPurpose purpose) {
        AccountToken found = check(token, purpose, true);
        found.use(OffsetDateTime.now(clock));
        return found.getAccount();
    }

    /** The account of a valid token, without using it (to show the form that will redeem it). */
    public Account peek(String token, TokenPurpose purpose) {
        return check(token, purpose, false).getAccount();
    }

    private AccountToken check(String token, TokenPurpose purpose, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw RuleViolationException.of("token", "token.invalid");
        }
        AccountToken found = em.createQuery("select t from AccountToken t where t.tokenHash = :h and t.purpose = :p",
                        AccountToken.class)
                .setParameter("h", sha256(token)).setParameter("p", purpose)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst()
                .orElseThrow(() -> RuleViolationException.of("token", "token.invalid"));
        if (found.isUsed()) {
            throw RuleViolationException.of("token", "token.used");
        }
        if (found.isExpired(OffsetDateTime.now(clock))) {
            throw RuleViolationException.of("token", "token.expired");
        }
        return found;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

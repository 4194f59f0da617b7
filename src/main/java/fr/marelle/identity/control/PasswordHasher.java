package fr.marelle.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 210,000 iterations and a 32-byte random salt per password
 * (Jakarta Security's implementation; the stored form carries algorithm, iterations and salt,
 * so the cost can be raised later without invalidating existing hashes).
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a random password, checked against when the account is unknown, so timing reveals nothing. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** Verifies against the stored hash, or spends the same time when there is none. */
    public boolean matches(String password, String storedHash) {
        if (password == null) {
            return false;
        }
        if (storedHash == null) {
            pbkdf2.verify(password.toCharArray(), decoy);
            return false;
        }
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }
}

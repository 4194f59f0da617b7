package fr.marelle.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bearer token for software, acting with one role of its account. Only the secret's SHA-256 is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private long accountId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "token_hash")
    private String tokenHash;
    private String prefix;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long accountId, String name, Role role, String tokenHash, String prefix, OffsetDateTime createdAt,
                    long createdBy, OffsetDateTime expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.role = role;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** Not revoked and not expired at {@code now}. */
    public boolean isUsable(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void used(OffsetDateTime now) {
        lastUsedAt = now;
    }

    /** What the audit trail keeps of it; never the hash. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("accountId", accountId);
        view.put("name", name);
        view.put("role", role.name());
        view.put("prefix", prefix);
        view.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        view.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
        return view;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getName() { return name; }
    public Role getRole() { return role; }
    public String getPrefix() { return prefix; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public long getCreatedBy() { return createdBy; }
    public OffsetDateTime getExpiresAt() { return expiresAt; }
    public OffsetDateTime getLastUsedAt() { return lastUsedAt; }
    public OffsetDateTime getRevokedAt() { return revokedAt; }
}

package fr.marelle.franceconnect.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A person's FranceConnect identity: the sub FranceConnect gives that person for this portal. */
@Entity
@Table(name = "fc_link")
public class FranceConnectLink {

    @Id
    @Column(name = "account_id")
    private Long accountId;
    private String issuer;
    private String sub;
    @Column(name = "linked_at")
    private OffsetDateTime linkedAt;
    @Column(name = "linked_how")
    private String linkedHow;
    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;
    /** JSON text of the pivot identity given when linking (the column is jsonb, written by native SQL). */
    @Column(name = "pivot_snapshot", insertable = false, updatable = false)
    private String pivotSnapshot;

    protected FranceConnectLink() {
    }

    public Long getAccountId() { return accountId; }
    public String getIssuer() { return issuer; }
    public String getSub() { return sub; }
    public OffsetDateTime getLinkedAt() { return linkedAt; }
    public String getLinkedHow() { return linkedHow; }
    public OffsetDateTime getLastLoginAt() { return lastLoginAt; }
    public String getPivotSnapshot() { return pivotSnapshot; }
}

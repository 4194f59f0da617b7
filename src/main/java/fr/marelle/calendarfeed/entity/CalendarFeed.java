package fr.marelle.calendarfeed.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A child's private calendar URL for one household; only the hash of its token is stored. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "child_id")
    private long childId;
    @Column(name = "household_id")
    private long householdId;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long childId, long householdId, String tokenHash, long createdBy, OffsetDateTime now) {
        this.childId = childId;
        this.householdId = householdId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void revoke(OffsetDateTime now) {
        revokedAt = now;
    }

    /** What the audit trail keeps: never the token or its hash. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("feed", id);
        view.put("child", childId);
        view.put("household", householdId);
        view.put("createdAt", createdAt == null ? null : createdAt.toString());
        if (revokedAt != null) {
            view.put("revokedAt", revokedAt.toString());
        }
        return view;
    }

    public Long getId() { return id; }
    public long getChildId() { return childId; }
    public long getHouseholdId() { return householdId; }
    public String getTokenHash() { return tokenHash; }
    public long getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getRevokedAt() { return revokedAt; }
}

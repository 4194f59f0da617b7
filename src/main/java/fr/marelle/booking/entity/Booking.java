package fr.marelle.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A child booked (or waiting) on one session by one household. */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @SequenceGenerator(name = "booking_ids", sequenceName = "booking_id_seq", allocationSize = 50) // see V23_8
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_ids")
    private Long id;
    @Column(name = "session_id")
    private long sessionId;
    @Column(name = "child_id")
    private long childId;
    @Column(name = "household_id")
    private long householdId;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    private ActorKind cancelledBy;
    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;
    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;
    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;
    @Column(name = "override_reason")
    private String overrideReason;
    @Version
    private long version;

    protected Booking() {
    }

    public Booking(long sessionId, long childId, long householdId, BookingStatus status, OffsetDateTime now,
                   String overrideReason) {
        this.sessionId = sessionId;
        this.childId = childId;
        this.householdId = householdId;
        this.status = status;
        this.requestedAt = now;
        this.confirmedAt = status == BookingStatus.CONFIRMED ? now : null;
        this.overrideReason = overrideReason;
    }

    public void cancel(ActorKind by, OffsetDateTime now) {
        status = BookingStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = now;
    }

    public void promote(OffsetDateTime now) {
        status = BookingStatus.CONFIRMED;
        confirmedAt = now;
    }

    public boolean isLive() {
        return status != BookingStatus.CANCELLED;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("session", sessionId);
        view.put("child", childId);
        view.put("household", householdId);
        view.put("status", status.name());
        if (overrideReason != null) {
            view.put("overrideReason", overrideReason);
        }
        return view;
    }

    public Long getId() { return id; }
    public long getSessionId() { return sessionId; }
    public long getChildId() { return childId; }
    public long getHouseholdId() { return householdId; }
    public BookingStatus getStatus() { return status; }
    public ActorKind getCancelledBy() { return cancelledBy; }
    public OffsetDateTime getRequestedAt() { return requestedAt; }
    public OffsetDateTime getConfirmedAt() { return confirmedAt; }
    public OffsetDateTime getCancelledAt() { return cancelledAt; }
    public String getOverrideReason() { return overrideReason; }
}

package fr.marelle.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A child's attendance on one session, as marked by staff (one per session and child). */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id")
    private long sessionId;
    @Column(name = "child_id")
    private long childId;
    @Column(name = "booking_id")
    private Long bookingId;
    @Column(name = "household_id")
    private long householdId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Column(name = "marked_by")
    private Long markedBy;
    @Column(name = "marked_by_name")
    private String markedByName;
    @Column(name = "marked_at")
    private OffsetDateTime markedAt;
    @Version
    private long version;

    protected Attendance() {
    }

    public Attendance(long sessionId, long childId, Long bookingId, long householdId) {
        this.sessionId = sessionId;
        this.childId = childId;
        this.bookingId = bookingId;
        this.householdId = householdId;
    }

    public void mark(AttendanceStatus status, Long byId, String byName, OffsetDateTime at) {
        this.status = status;
        this.markedBy = byId;
        this.markedByName = byName;
        this.markedAt = at;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("session", sessionId);
        view.put("child", childId);
        view.put("booking", bookingId);
        view.put("household", householdId);
        view.put("status", status == null ? null : status.name());
        return view;
    }

    public Long getId() { return id; }
    public long getSessionId() { return sessionId; }
    public long getChildId() { return childId; }
    public Long getBookingId() { return bookingId; }
    public long getHouseholdId() { return householdId; }
    public AttendanceStatus getStatus() { return status; }
    public Long getMarkedBy() { return markedBy; }
    public String getMarkedByName() { return markedByName; }
    public OffsetDateTime getMarkedAt() { return markedAt; }
}

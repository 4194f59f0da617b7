package fr.marelle.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One activity on one date with its times and capacity. {@code confirmed} and {@code waiting}
 * count the bookings; the booking capability keeps them up to date under a row lock on the session.
 */
@Entity
@Table(name = "activity_session")
public class Session {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;
    private LocalDate day;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    private int capacity;
    private int confirmed;
    private int waiting;
    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.OPEN;
    @Column(name = "status_reason")
    private String statusReason;
    @Version
    private long version;

    protected Session() {
    }

    public Session(Activity activity, LocalDate day, LocalTime startTime, LocalTime endTime, int capacity) {
        this.activity = activity;
        this.day = day;
        this.startTime = startTime;
        this.endTime = endTime;
        this.capacity = capacity;
    }

    public int remaining() {
        return Math.max(0, capacity - confirmed);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("activityId", activity.getId());
        m.put("day", day.toString());
        m.put("times", startTime + "-" + endTime);
        m.put("capacity", capacity);
        m.put("confirmed", confirmed);
        m.put("status", status.name());
        m.put("reason", statusReason);
        return m;
    }

    public Long getId() { return id; }
    public Activity getActivity() { return activity; }
    public LocalDate getDay() { return day; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public int getConfirmed() { return confirmed; }
    public int getWaiting() { return waiting; }
    public SessionStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }

    public void changeStatus(SessionStatus status, String reason) {
        this.status = status;
        this.statusReason = reason;
    }
}

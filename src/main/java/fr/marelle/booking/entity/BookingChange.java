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

import java.time.OffsetDateTime;

/** One line of a child's booking history: who (family, staff, system), when, what, why. */
@Entity
@Table(name = "booking_change")
public class BookingChange {

    public enum Action { BOOKED, WAITLISTED, CANCELLED, PROMOTED }

    @Id
    @SequenceGenerator(name = "booking_change_ids", sequenceName = "booking_change_id_seq", allocationSize = 50) // see V23_8
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_change_ids")
    private Long id;
    @Column(name = "booking_id")
    private long bookingId;
    @Column(name = "child_id")
    private long childId;
    @Column(name = "household_id")
    private long householdId;
    private OffsetDateTime at;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_name")
    private String actorName;
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind")
    private ActorKind actorKind;
    @Enumerated(EnumType.STRING)
    private Action action;
    private String reason;

    protected BookingChange() {
    }

    public BookingChange(Booking booking, OffsetDateTime at, Long actorId, String actorName, ActorKind actorKind,
                         Action action, String reason) {
        this.bookingId = booking.getId();
        this.childId = booking.getChildId();
        this.householdId = booking.getHouseholdId();
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.actorKind = actorKind;
        this.action = action;
        this.reason = reason;
    }

    public long getBookingId() { return bookingId; }
    public long getChildId() { return childId; }
    public long getHouseholdId() { return householdId; }
    public OffsetDateTime getAt() { return at; }
    public String getActorName() { return actorName; }
    public ActorKind getActorKind() { return actorKind; }
    public Action getAction() { return action; }
    public String getReason() { return reason; }
}

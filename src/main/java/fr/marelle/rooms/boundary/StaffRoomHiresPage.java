package fr.marelle.rooms.boundary;

import fr.marelle.family.entity.Household;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.rooms.control.RoomHires;
import fr.marelle.rooms.control.SlotTakenException;
import fr.marelle.rooms.entity.DepositStatus;
import fr.marelle.rooms.entity.HireStatus;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomHire;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Planning staff: the hire requests to decide and the deposits to settle after the event (the rooms: {@link StaffRoomsPage}). */
@Named
@RequestScoped
public class StaffRoomHiresPage {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomHires hires;

    @Inject
    Clock clock;

    private String reason;
    private String day;
    private String start;
    private String end;
    private List<RoomHire> waiting;

    public List<RoomHire> getWaiting() {
        if (waiting == null) {
            waiting = hires.queue(List.of(HireStatus.REQUESTED, HireStatus.PROPOSED));
        }
        return waiting;
    }

    /** Accepted hires whose deposit is held and whose slot is over. */
    public List<RoomHire> getDeposits() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return hires.queue(List.of(HireStatus.ACCEPTED)).stream()
                .filter(h -> h.getDepositStatus() == DepositStatus.HELD && h.getEndsAt().isBefore(now)).toList();
    }

    public String roomName(RoomHire h) {
        Room room = em.find(Room.class, h.getRoomId());
        return room == null ? "" : room.getName();
    }

    public String hirer(RoomHire h) {
        Household household = em.find(Household.class, h.getHouseholdId());
        return household == null ? "" : hires.hirerName(household);
    }

    public String decide(long hireId, String decision) {
        try {
            PageSlot slot = PageSlot.read(day, start, end);
            hires.decide(hireId, RoomHires.Decision.valueOf(decision), reason, slot.start(), slot.end());
            Feedback.infoAfterRedirect("roomHire.staff.decided");
            return "/staff/room-hires.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        } catch (SlotTakenException e) {
            Feedback.error("roomHire.slot.takenDetail");
        }
        return null;
    }

    public String settle(long hireId, String outcome) {
        try {
            hires.settleDeposit(hireId, DepositStatus.valueOf(outcome), reason);
            Feedback.infoAfterRedirect("roomHire.staff.depositSettled");
            return "/staff/room-hires.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
}

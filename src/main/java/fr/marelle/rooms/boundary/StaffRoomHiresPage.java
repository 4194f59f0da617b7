package fr.marelle.rooms.boundary;

import fr.marelle.family.entity.Household;
import fr.marelle.planning.boundary.FormInputs;
import fr.marelle.planning.control.Activities;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.rooms.control.RoomHires;
import fr.marelle.rooms.control.Rooms;
import fr.marelle.rooms.control.SlotTakenException;
import fr.marelle.rooms.entity.DepositStatus;
import fr.marelle.rooms.entity.HireStatus;
import fr.marelle.rooms.entity.PriceCategory;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomHire;
import fr.marelle.rooms.entity.RoomPrice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Planning staff: the hire requests to decide, the deposits to settle after the event, and the rooms. */
@Named
@RequestScoped
public class StaffRoomHiresPage {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomHires hires;

    @Inject
    Rooms rooms;

    @Inject
    Activities activities;

    @Inject
    Clock clock;

    private String reason;
    private String day;
    private String start;
    private String end;
    private List<RoomHire> waiting;
    // a new room
    private String name;
    private Long siteId;
    private String capacity;
    private String equipment;
    private String opensAt = "08:00";
    private String closesAt = "23:00";
    private String minNoticeDays = "7";
    private String maxAdvanceDays = "365";
    private String deposit;
    private final String[][] grid = new String[3][4];

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

    public List<Room> getRooms() { return rooms.list(true); }

    public List<Site> getSites() { return activities.allSites(); }

    public PriceCategory[] getCategories() { return PriceCategory.values(); }

    public String roomName(RoomHire h) {
        Room room = em.find(Room.class, h.getRoomId());
        return room == null ? "" : room.getName();
    }

    public String hirer(RoomHire h) {
        Household household = em.find(Household.class, h.getHouseholdId());
        return household == null ? "" : hires.hirerName(household);
    }

    public String siteName(Room r) { return rooms.siteName(r); }

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

    public String addRoom() {
        try {
            List<Violation> v = new ArrayList<>();
            List<RoomPrice> prices = new ArrayList<>();
            PriceCategory[] categories = PriceCategory.values();
            for (int i = 0; i < categories.length; i++) {
                String field = "price" + categories[i].name();
                Integer hour = FormInputs.cents(grid[i][0], field, v);
                Integer half = FormInputs.cents(grid[i][1], field, v);
                Integer whole = FormInputs.cents(grid[i][2], field, v);
                Integer cleaning = FormInputs.cents(grid[i][3], field, v);
                if (hour != null || half != null || whole != null) {
                    prices.add(new RoomPrice(categories[i], hour, half, whole, cleaning == null ? 0 : cleaning));
                }
            }
            Rooms.RoomForm form = new Rooms.RoomForm(siteId, name, FormInputs.integer(capacity, "capacity", v), equipment,
                    FormInputs.time(opensAt, "opensAt", v), FormInputs.time(closesAt, "closesAt", v),
                    FormInputs.integer(minNoticeDays, "minNoticeDays", v), FormInputs.integer(maxAdvanceDays, "maxAdvanceDays", v),
                    FormInputs.cents(deposit, "depositCents", v), true, prices);
            RuleViolationException.throwIfAny(v);
            rooms.create(form);
            Feedback.infoAfterRedirect("roomHire.staff.roomAdded");
            return "/staff/room-hires.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String[][] getGrid() { return grid; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public String getEquipment() { return equipment; }
    public void setEquipment(String equipment) { this.equipment = equipment; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public String getMinNoticeDays() { return minNoticeDays; }
    public void setMinNoticeDays(String minNoticeDays) { this.minNoticeDays = minNoticeDays; }
    public String getMaxAdvanceDays() { return maxAdvanceDays; }
    public void setMaxAdvanceDays(String maxAdvanceDays) { this.maxAdvanceDays = maxAdvanceDays; }
    public String getDeposit() { return deposit; }
    public void setDeposit(String deposit) { this.deposit = deposit; }
}

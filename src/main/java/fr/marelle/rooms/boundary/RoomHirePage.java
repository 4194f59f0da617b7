package fr.marelle.rooms.boundary;

import fr.marelle.family.control.ProofFiles;
import fr.marelle.identity.control.Acting;
import fr.marelle.planning.boundary.FormInputs;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.rooms.control.DayAvailability;
import fr.marelle.rooms.control.RoomHires;
import fr.marelle.rooms.control.RoomPricing;
import fr.marelle.rooms.control.RoomPhotos;
import fr.marelle.rooms.control.Rooms;
import fr.marelle.rooms.entity.RoomPhoto;
import fr.marelle.rooms.control.SlotTakenException;
import fr.marelle.rooms.entity.HireStatus;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomHire;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A household's room hire page: the rooms, one room's calendar by week or month (a list of days, readable
 * on a phone), the price of a slot before asking, the request, and the household's hires with their outcome.
 */
@Named
@RequestScoped
public class RoomHirePage {

    @Inject
    Acting acting;

    @Inject
    Rooms rooms;

    @Inject
    RoomHires hires;

    @Inject
    RoomPhotos photos;

    @Inject
    Clock clock;

    private Long room;
    private String from;
    private boolean month;
    private String day;
    private String start;
    private String end;
    private String purpose;
    private String attendance;
    private RoomPricing.Quote quote;
    private List<DayAvailability> days;
    private List<RoomHire> mine;

    private List<Room> roomList;
    private transient Part insurance;
    private List<RoomPhoto> photoList;

    /** The rooms open for hire, read once per request (the page asks for them many times). */
    public List<Room> getRooms() {
        if (roomList == null) {
            roomList = rooms.list(false);
        }
        return roomList;
    }

    /** The room shown: the one asked for, or the first. */
    public Room getSelected() {
        List<Room> all = getRooms();
        return all.stream().filter(r -> r.getId().equals(room)).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    public String siteName(Room r) { return rooms.siteName(r); }

    /** The photos of the room shown. */
    public List<RoomPhoto> getPhotos() {
        if (photoList == null) {
            Room selected = getSelected();
            photoList = selected == null ? List.of() : photos.of(selected.getId());
        }
        return photoList;
    }

    /** First day shown: a Monday for a week, the 1st for a month; today's by default. */
    public LocalDate getFirstDay() {
        LocalDate asked = null;
        if (from != null) {
            try {
                asked = LocalDate.parse(from);
            } catch (java.time.format.DateTimeParseException e) {
                asked = null;
            }
        }
        LocalDate base = asked == null ? LocalDate.now(clock.withZone(ClockProducer.PARIS)) : asked;
        return month ? base.withDayOfMonth(1) : base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate getLastDay() {
        return month ? getFirstDay().with(TemporalAdjusters.lastDayOfMonth()) : getFirstDay().plusDays(6);
    }

    public LocalDate getPrevious() { return month ? getFirstDay().minusMonths(1) : getFirstDay().minusWeeks(1); }

    public LocalDate getNext() { return month ? getFirstDay().plusMonths(1) : getFirstDay().plusWeeks(1); }

    public List<DayAvailability> getDays() {
        Room selected = getSelected();
        if (days == null) {
            days = selected == null ? List.of() : rooms.availability(selected.getId(), getFirstDay(), getLastDay());
        }
        return days;
    }

    public String slotText(DayAvailability.Slot s) {
        return s.start() + "–" + (s.end().equals(LocalTime.MAX) ? "24:00" : s.end().toString());
    }

    public List<RoomHire> getMine() {
        if (mine == null) {
            try {
                mine = hires.mine(acting.require().getId());
            } catch (RuleViolationException e) {
                mine = List.of();
            }
        }
        return mine;
    }

    public String roomName(RoomHire h) {
        return getRooms().stream().filter(r -> r.getId() == h.getRoomId()).map(Room::getName).findFirst().orElse("");
    }

    /** The reference acknowledged by mail, e.g. L-2026-000123. */
    public String reference(RoomHire h) {
        return RoomHires.reference(h).toString();
    }

    public void showPrice() {
        try {
            PageSlot slot = slot();
            quote = hires.quote(acting.require().getId(), getSelected().getId(), slot.start(), slot.end());
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public String ask() {
        try {
            PageSlot slot = slot();
            List<Violation> v = new ArrayList<>();
            Integer people = FormInputs.integer(attendance, "attendance", v);
            RuleViolationException.throwIfAny(v);
            hires.request(acting.require().getId(), getSelected().getId(), slot.start(), slot.end(), purpose, people);
            Feedback.infoAfterRedirect("roomHire.page.asked");
            return "/parent/rooms.xhtml?faces-redirect=true&room=" + getSelected().getId();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        } catch (SlotTakenException e) {
            Feedback.error("roomHire.slot.takenDetail");
        }
        return null;
    }

    public String answer(long hireId, boolean takeIt) {
        try {
            hires.answerProposal(acting.require().getId(), hireId, takeIt);
            Feedback.infoAfterRedirect(takeIt ? "roomHire.page.proposalTaken" : "roomHire.page.withdrawn");
            return "/parent/rooms.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        } catch (SlotTakenException e) {
            Feedback.error("roomHire.slot.takenDetail");
        }
        return null;
    }

    /** Whether the household may (still) upload the certificate: while the slot is held, until accepted with one. */
    public boolean insuranceOpen(RoomHire h) {
        return h.getStatus().holdsSlot() && !(h.getStatus() == HireStatus.ACCEPTED && h.isInsuranceUploaded());
    }

    public String uploadInsurance(long hireId) {
        try {
            byte[] content = null;
            if (insurance != null && insurance.getSize() > 0) {
                try (InputStream in = insurance.getInputStream()) {
                    content = in.readNBytes(ProofFiles.MAX_BYTES + 1);
                }
            }
            hires.uploadInsurance(acting.require().getId(), hireId, content);
            Feedback.infoAfterRedirect("roomHire.page.insuranceUploaded");
            return "/parent/rooms.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private PageSlot slot() {
        if (getSelected() == null) {
            throw RuleViolationException.of("room", "roomHire.room.required");
        }
        return PageSlot.read(day, start, end);
    }

    public Part getInsurance() { return insurance; }
    public void setInsurance(Part insurance) { this.insurance = insurance; }
    public RoomPricing.Quote getQuote() { return quote; }
    public Long getRoom() { return room; }
    public void setRoom(Long room) { this.room = room; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public boolean isMonth() { return month; }
    public void setMonth(boolean month) { this.month = month; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getAttendance() { return attendance; }
    public void setAttendance(String attendance) { this.attendance = attendance; }
}

package fr.marelle.rooms.boundary;

import fr.marelle.platform.control.ClockProducer;
import fr.marelle.rooms.control.DayAvailability;
import fr.marelle.rooms.control.RoomHires;
import fr.marelle.rooms.control.RoomPricing;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomHire;
import fr.marelle.rooms.entity.RoomPrice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalTime;
import java.util.List;

/** The JSON shapes of rooms, their calendar, prices and hires. Times are Paris wall-clock times. */
final class RoomJson {

    private RoomJson() {
    }

    @Schema(name = "RoomPrice", description = "A room's prices for one kind of hirer, in cents; null: not offered")
    public record Price(@Schema(enumeration = {"STANDARD", "RESIDENT", "ASSOCIATION"}) String category, Integer hourCents,
                        Integer halfDayCents, Integer dayCents, int cleaningCents) {
        static Price of(RoomPrice p) {
            return new Price(p.getCategory().name(), p.getHourCents(), p.getHalfDayCents(), p.getDayCents(), p.getCleaningCents());
        }
    }

    @Schema(name = "RoomPhoto", description = "A photo of a room (JPEG or PNG) and its text alternative")
    public record Photo(long id, String alt, @Schema(description = "Where to read it (GET), for anyone signed in") String url) {
    }

    @Schema(name = "Room")
    public record Out(long id, long siteId, String site, String name, int capacity, String equipment,
                      @Schema(example = "08:00") String opensAt, @Schema(example = "23:00") String closesAt,
                      int minNoticeDays, int maxAdvanceDays, int depositCents, boolean active,
                      @Schema(description = "Every hire needs an insurance certificate before it is accepted") boolean insuranceRequired,
                      List<Price> prices, @Schema(description = "Photos of the room, oldest first") List<Photo> photos) {
        static Out of(Room r, String site, List<Photo> photos) {
            return new Out(r.getId(), r.getSiteId(), site, r.getName(), r.getCapacity(), r.getEquipment(),
                    r.getOpensAt().toString(), r.getClosesAt().toString(), r.getMinNoticeDays(), r.getMaxAdvanceDays(),
                    r.getDepositCents(), r.isActive(), r.isInsuranceRequired(), r.getPrices().stream().map(Price::of).toList(), photos);
        }
    }

    @Schema(name = "RoomSlot")
    public record Slot(@Schema(example = "14:00") String start, @Schema(example = "18:00") String end) {
        static Slot of(DayAvailability.Slot s) {
            return new Slot(s.start().toString(), s.end().equals(LocalTime.MAX) ? "24:00" : s.end().toString());
        }
    }

    @Schema(name = "RoomAvailability", description = "One day of a room: closed, or its taken and free slots (never who took them)")
    public record Day(LocalDate day, boolean closed, String opensAt, String closesAt, List<Slot> taken, List<Slot> free) {
        static Day of(DayAvailability d) {
            return new Day(d.day(), d.closed(), d.opensAt().toString(), d.closesAt().toString(),
                    d.taken().stream().map(Slot::of).toList(), d.free().stream().map(Slot::of).toList());
        }
    }

    @Schema(name = "RoomHireQuote", description = "What the slot costs the signed-in household: rent and cleaning are"
            + " invoiced once accepted, the deposit is held apart")
    public record Quote(@Schema(enumeration = {"STANDARD", "RESIDENT", "ASSOCIATION"}) String category,
                        @Schema(enumeration = {"HOUR", "HALF_DAY", "DAY"}) String unit, int units, int rentCents,
                        int cleaningCents, int totalCents, int depositCents) {
        static Quote of(RoomPricing.Quote q) {
            return new Quote(q.category().name(), q.unit().name(), q.units(), q.rentCents(), q.cleaningCents(),
                    q.totalCents(), q.depositCents());
        }
    }

    @Schema(name = "RoomHire")
    public record Hire(long id,
                       @Schema(description = "The reference to quote about the request (acknowledged by mail)",
                               example = "L-2026-000123") String reference,
                       @Schema(description = "When the request was received (Europe/Paris)") OffsetDateTime receivedAt,
                       long roomId, String room, long householdId,
                       @Schema(example = "2027-02-06T14:00") String start, @Schema(example = "2027-02-06T18:00") String end,
                       String purpose, int attendance,
                       @Schema(enumeration = {"REQUESTED", "PROPOSED", "ACCEPTED", "REFUSED", "WITHDRAWN"}) String status,
                       @Schema(enumeration = {"STANDARD", "RESIDENT", "ASSOCIATION"}) String category,
                       int rentCents, int cleaningCents, int totalCents, int depositCents,
                       @Schema(enumeration = {"NONE", "HELD", "RETURNED", "KEPT"}) String depositStatus,
                       String depositReason, boolean insuranceRequired, boolean insuranceUploaded, String refusalReason,
                       @Schema(description = "Who decided the refusal (name, title)") String decisionSignatory,
                       @Schema(description = "The invoice of an accepted hire (GET /invoices/{id})") Long invoiceId) {
        static Hire of(RoomHire h, Room room) {
            return new Hire(h.getId(), RoomHires.reference(h).toString(),
                    h.getCreatedAt().atZoneSameInstant(ClockProducer.PARIS).toOffsetDateTime(), h.getRoomId(), room == null ? null : room.getName(), h.getHouseholdId(),
                    RoomsResource.paris(h.getStartsAt()), RoomsResource.paris(h.getEndsAt()), h.getPurpose(),
                    h.getAttendance(), h.getStatus().name(), h.getCategory().name(), h.getRentCents(), h.getCleaningCents(),
                    h.totalCents(), h.getDepositCents(), h.getDepositStatus().name(), h.getDepositReason(),
                    h.isInsuranceRequired(), h.isInsuranceUploaded(), h.getRefusalReason(), h.getDecisionSignatory(),
                    h.getInvoiceId());
        }
    }
}

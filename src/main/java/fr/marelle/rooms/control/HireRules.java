package fr.marelle.rooms.control;

import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a hire request, on Paris wall-clock times: one slot within one day, on whole or half hours,
 * within the room's opening hours, on a day its site is open, not begun yet (whatever the notice: with a
 * notice of 0 days a slot of today is asked only for later hours), no sooner than the minimum notice and no
 * later than the maximum advance, for a purpose and an attendance the room can hold.
 */
public final class HireRules {

    /** What the rules need to know of the room. */
    public record RoomFacts(LocalTime opensAt, LocalTime closesAt, int minNoticeDays, int maxAdvanceDays, int capacity) {
    }

    public static final int MAX_PURPOSE = 500;

    private HireRules() {
    }

    /** {@code now}: the portal's clock, Paris wall-clock time. */
    public static List<Violation> check(RoomFacts room, LocalDateTime start, LocalDateTime end, LocalDateTime now,
                                        boolean dayClosed, String purpose, Integer attendance) {
        List<Violation> v = new ArrayList<>();
        if (start == null || end == null) {
            v.add(Violation.of("start", "roomHire.slot.required"));
        } else {
            checkSlot(room, start, end, now, dayClosed, true, v);
        }
        if (purpose == null || purpose.isBlank()) {
            v.add(Violation.of("purpose", "roomHire.purpose.required"));
        } else if (purpose.strip().length() > MAX_PURPOSE) {
            v.add(Violation.of("purpose", "roomHire.purpose.tooLong", MAX_PURPOSE));
        }
        if (attendance == null || attendance < 1) {
            v.add(Violation.of("attendance", "roomHire.attendance.required"));
        } else if (attendance > room.capacity()) {
            v.add(Violation.of("attendance", "roomHire.attendance.overCapacity", room.capacity()));
        }
        return v;
    }

    /** The slot alone; an agent's proposal skips the notice and advance (the agent decides), not the rest. */
    public static void checkSlot(RoomFacts room, LocalDateTime start, LocalDateTime end, LocalDateTime now, boolean dayClosed,
                                 boolean notice, List<Violation> v) {
        LocalDate today = now.toLocalDate();
        if (!end.isAfter(start) || !end.toLocalDate().equals(start.toLocalDate())) {
            v.add(Violation.of("end", "roomHire.slot.order"));
            return;
        }
        if (!onHalfHour(start.toLocalTime()) || !onHalfHour(end.toLocalTime())) {
            v.add(Violation.of("start", "roomHire.slot.halfHours"));
        }
        if (start.toLocalTime().isBefore(room.opensAt()) || end.toLocalTime().isAfter(room.closesAt())) {
            v.add(Violation.of("start", "roomHire.slot.closedHours", room.opensAt(), room.closesAt()));
        }
        LocalDate day = start.toLocalDate();
        if (dayClosed) {
            v.add(Violation.of("start", "roomHire.slot.closedDay"));
        }
        if (day.isBefore(today)) {
            v.add(Violation.of("start", "roomHire.slot.past"));
        } else if (start.isBefore(now)) {
            v.add(Violation.of("start", "roomHire.slot.started"));
        } else if (!notice) {
            return;
        } else if (day.isBefore(today.plusDays(room.minNoticeDays()))) {
            v.add(Violation.of("start", "roomHire.slot.tooSoon", room.minNoticeDays()));
        } else if (day.isAfter(today.plusDays(room.maxAdvanceDays()))) {
            v.add(Violation.of("start", "roomHire.slot.tooFar", room.maxAdvanceDays()));
        }
    }

    private static boolean onHalfHour(LocalTime t) {
        return t.getSecond() == 0 && t.getNano() == 0 && (t.getMinute() == 0 || t.getMinute() == 30);
    }
}

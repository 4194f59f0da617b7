package fr.marelle.rooms.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HireRulesTest {

    private static final HireRules.RoomFacts ROOM = new HireRules.RoomFacts(LocalTime.of(8, 0), LocalTime.of(23, 0), 7, 180, 80);
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    /** The portal's clock: Monday 4 January 2027, 15:10 in Paris. */
    private static final LocalDateTime NOW = TODAY.atTime(15, 10);

    private static List<String> keys(LocalDateTime start, LocalDateTime end, boolean closed, String purpose, Integer people) {
        return HireRules.check(ROOM, start, end, NOW, closed, purpose, people).stream().map(Violation::key).toList();
    }

    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDate.of(2027, 1, day).atTime(hour, minute);
    }

    @Test
    void aSlotWithinHoursWithEnoughNoticeIsAccepted() {
        assertEquals(List.of(), keys(at(11, 14, 0), at(11, 18, 30), false, "Assemblée générale", 40));
    }

    @Test
    void theMinimumNoticeAndTheMaximumAdvanceAreKept() {
        assertEquals(List.of("roomHire.slot.tooSoon"), keys(at(10, 14, 0), at(10, 16, 0), false, "AG", 10));
        assertEquals(List.of(), keys(at(11, 14, 0), at(11, 16, 0), false, "AG", 10), "exactly 7 days ahead");
        LocalDateTime far = TODAY.plusDays(181).atTime(10, 0);
        assertEquals(List.of("roomHire.slot.tooFar"), keys(far, far.plusHours(2), false, "AG", 10));
    }

    @Test
    void aSlotOutsideTheOpeningHoursOrOnAClosedDayIsRefused() {
        assertEquals(List.of("roomHire.slot.closedHours"), keys(at(11, 7, 0), at(11, 9, 0), false, "AG", 10));
        assertEquals(List.of("roomHire.slot.closedHours"), keys(at(11, 21, 0), at(11, 23, 30), false, "AG", 10));
        assertEquals(List.of("roomHire.slot.closedDay"), keys(at(11, 10, 0), at(11, 12, 0), true, "AG", 10));
    }

    @Test
    void aSlotIsOneDayOnHalfHoursEndingAfterItStarts() {
        assertEquals(List.of("roomHire.slot.order"), keys(at(11, 14, 0), at(11, 14, 0), false, "AG", 10));
        assertEquals(List.of("roomHire.slot.order"), keys(at(11, 14, 0), at(12, 10, 0), false, "AG", 10));
        assertEquals(List.of("roomHire.slot.halfHours"), keys(at(11, 14, 15), at(11, 16, 0), false, "AG", 10));
    }

    @Test
    void purposeAndAttendanceWithinCapacityAreRequired() {
        assertEquals(List.of("roomHire.purpose.required", "roomHire.attendance.required"),
                keys(at(11, 14, 0), at(11, 16, 0), false, " ", null));
        assertEquals(List.of("roomHire.attendance.overCapacity"), keys(at(11, 14, 0), at(11, 16, 0), false, "Loto", 81));
        assertEquals(List.of("roomHire.slot.required"), keys(null, at(11, 16, 0), false, "Loto", 10));
    }

    @Test
    void anAgentsProposalSkipsTheNoticeButNotThePast() {
        List<Violation> v = new ArrayList<>();
        HireRules.checkSlot(ROOM, at(5, 10, 0), at(5, 12, 0), NOW, false, false, v);
        assertEquals(List.of(), v);
        HireRules.checkSlot(ROOM, at(3, 10, 0), at(3, 12, 0), NOW, false, false, v);
        assertEquals("roomHire.slot.past", v.get(0).key());
    }

    @Test
    void withNoNoticeASlotOfTodayIsAskedOnlyBeforeItBegins() {
        HireRules.RoomFacts sameDay = new HireRules.RoomFacts(LocalTime.of(8, 0), LocalTime.of(23, 0), 0, 180, 80);
        List<String> begun = HireRules.check(sameDay, at(4, 15, 0), at(4, 17, 0), NOW, false, "AG", 10).stream()
                .map(Violation::key).toList();
        assertEquals(List.of("roomHire.slot.started"), begun, "15:00 has passed at 15:10");
        assertEquals(List.of("roomHire.slot.started"), HireRules.check(sameDay, at(4, 9, 0), at(4, 10, 0), NOW, false, "AG", 10)
                .stream().map(Violation::key).toList(), "this morning");
        assertEquals(List.of(), HireRules.check(sameDay, at(4, 15, 30), at(4, 17, 0), NOW, false, "AG", 10), "later today");
        assertEquals(List.of("roomHire.slot.past"), HireRules.check(sameDay, at(3, 15, 30), at(3, 17, 0), NOW, false, "AG", 10)
                .stream().map(Violation::key).toList(), "yesterday");
    }

    @Test
    void anAgentCannotProposeASlotAlreadyBegun() {
        List<Violation> v = new ArrayList<>();
        HireRules.checkSlot(ROOM, at(4, 14, 0), at(4, 16, 0), NOW, false, false, v);
        assertEquals(List.of("roomHire.slot.started"), v.stream().map(Violation::key).toList());
    }
}

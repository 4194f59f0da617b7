package fr.marelle.rooms.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DayAvailabilityTest {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 6);

    private static DayAvailability.Slot slot(int from, int to) {
        return new DayAvailability.Slot(LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void aDayWithoutHireIsFreeFromOpeningToClosing() {
        DayAvailability d = DayAvailability.of(DAY, false, LocalTime.of(8, 0), LocalTime.of(23, 0), List.of());
        assertEquals(List.of(slot(8, 23)), d.free());
        assertEquals(List.of(), d.taken());
    }

    @Test
    void takenSlotsAreMergedAndTheRestIsFree() {
        DayAvailability d = DayAvailability.of(DAY, false, LocalTime.of(8, 0), LocalTime.of(23, 0),
                List.of(slot(18, 22), slot(10, 12), slot(11, 14), slot(14, 15)));
        assertEquals(List.of(slot(10, 15), slot(18, 22)), d.taken());
        assertEquals(List.of(slot(8, 10), slot(15, 18), slot(22, 23)), d.free());
    }

    @Test
    void aClosedDayHasNoSlotAtAll() {
        DayAvailability d = DayAvailability.of(DAY, true, LocalTime.of(8, 0), LocalTime.of(23, 0), List.of(slot(10, 12)));
        assertTrue(d.closed());
        assertTrue(d.free().isEmpty() && d.taken().isEmpty());
    }

    @Test
    void aSlotIsClippedToTheOpeningHours() {
        DayAvailability d = DayAvailability.of(DAY, false, LocalTime.of(8, 0), LocalTime.of(23, 0), List.of(slot(6, 9)));
        assertEquals(List.of(slot(8, 9)), d.taken());
        assertEquals(List.of(slot(9, 23)), d.free());
    }
}

package fr.marelle.rooms.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One day of a room's calendar: its opening hours cut into taken and free slots (Paris times). It never
 * says who took a slot. A closed day has neither.
 */
public record DayAvailability(LocalDate day, boolean closed, LocalTime opensAt, LocalTime closesAt,
                              List<Slot> taken, List<Slot> free) {

    public record Slot(LocalTime start, LocalTime end) {
    }

    /** The day from the slots taken on it (clipped to the opening hours, in any order, overlapping or not). */
    public static DayAvailability of(LocalDate day, boolean closed, LocalTime opensAt, LocalTime closesAt, List<Slot> taken) {
        if (closed) {
            return new DayAvailability(day, true, opensAt, closesAt, List.of(), List.of());
        }
        List<Slot> merged = new ArrayList<>();
        taken.stream().sorted(Comparator.comparing(Slot::start)).forEach(s -> {
            LocalTime start = s.start().isBefore(opensAt) ? opensAt : s.start();
            LocalTime end = s.end().isAfter(closesAt) ? closesAt : s.end();
            if (!end.isAfter(start)) {
                return;
            }
            Slot last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !start.isAfter(last.end())) {
                merged.set(merged.size() - 1, new Slot(last.start(), end.isAfter(last.end()) ? end : last.end()));
            } else {
                merged.add(new Slot(start, end));
            }
        });
        List<Slot> free = new ArrayList<>();
        LocalTime cursor = opensAt;
        for (Slot s : merged) {
            if (s.start().isAfter(cursor)) {
                free.add(new Slot(cursor, s.start()));
            }
            cursor = s.end();
        }
        if (closesAt.isAfter(cursor)) {
            free.add(new Slot(cursor, closesAt));
        }
        return new DayAvailability(day, false, opensAt, closesAt, List.copyOf(merged), List.copyOf(free));
    }
}

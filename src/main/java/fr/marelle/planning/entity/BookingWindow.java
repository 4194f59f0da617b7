package fr.marelle.planning.entity;

import fr.marelle.platform.control.Violation;

import java.time.Instant;
import java.util.List;

/** When bookings open and close (e.g. summer camp registration from 1 to 15 March); either end may be open. */
public record BookingWindow(Instant opensAt, Instant closesAt) {

    public static final BookingWindow ALWAYS = new BookingWindow(null, null);

    public List<Violation> check(String field) {
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            return List.of(Violation.of(field + "Closes", "planning.window.endBeforeStart"));
        }
        return List.of();
    }
}

package fr.marelle.rooms.boundary;

import fr.marelle.planning.boundary.FormInputs;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A slot typed on a page as a day and two times (Paris); a part left empty stays null for the rules to name. */
record PageSlot(LocalDateTime start, LocalDateTime end) {

    static PageSlot read(String day, String start, String end) {
        List<Violation> v = new ArrayList<>();
        LocalDate d = FormInputs.date(day, "day", v);
        LocalTime s = FormInputs.time(start, "start", v);
        LocalTime e = FormInputs.time(end, "end", v);
        RuleViolationException.throwIfAny(v);
        return new PageSlot(d == null || s == null ? null : d.atTime(s), d == null || e == null ? null : d.atTime(e));
    }
}

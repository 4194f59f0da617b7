package fr.marelle.planning.control;

import fr.marelle.planning.entity.SchoolZone;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The school calendar of one or more zones: school years (first day of class to last day before
 * the summer) and holiday periods (first to last day without class). Read from the ministry's
 * file by {@link SchoolCalendarFile}, or from the database.
 */
public record SchoolCalendar(List<Year> years, List<Holiday> holidays) {

    /** A school year of a zone: classes from {@code firstDay} to {@code lastDay} (holidays excluded). */
    public record Year(SchoolZone zone, String label, LocalDate firstDay, LocalDate lastDay) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    /** Days without class of a zone, both ends included. */
    public record Holiday(SchoolZone zone, String schoolYear, String description, LocalDate firstDay, LocalDate lastDay) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    public SchoolCalendar {
        years = years.stream().sorted(Comparator.comparing(Year::zone).thenComparing(Year::firstDay)).toList();
        holidays = holidays.stream().sorted(Comparator.comparing(Holiday::zone).thenComparing(Holiday::firstDay)).toList();
    }

    public Optional<Year> yearOf(SchoolZone zone, LocalDate day) {
        return years.stream().filter(y -> y.zone() == zone && y.contains(day)).findFirst();
    }

    public Optional<Year> year(SchoolZone zone, String label) {
        return years.stream().filter(y -> y.zone() == zone && y.label().equals(label)).findFirst();
    }

    /** The holiday period of the zone on that day, if any (summer included when the file gives it). */
    public Optional<Holiday> holidayOn(SchoolZone zone, LocalDate day) {
        return holidays.stream().filter(h -> h.zone() == zone && h.contains(day)).findFirst();
    }

    /** A school day: inside a school year of the zone and outside its holidays (weekends and public holidays aside). */
    public boolean isSchoolPeriod(SchoolZone zone, LocalDate day) {
        return yearOf(zone, day).isPresent() && holidayOn(zone, day).isEmpty();
    }

    /**
     * A holiday day: inside a holiday period, or between two school years of the zone (the summer),
     * when both years are known.
     */
    public boolean isHolidayPeriod(SchoolZone zone, LocalDate day) {
        if (holidayOn(zone, day).isPresent()) {
            return true;
        }
        if (yearOf(zone, day).isPresent()) {
            return false;
        }
        boolean yearBefore = years.stream().anyMatch(y -> y.zone() == zone && y.lastDay().isBefore(day));
        boolean yearAfter = years.stream().anyMatch(y -> y.zone() == zone && y.firstDay().isAfter(day));
        return yearBefore && yearAfter;
    }
}

package fr.marelle.planning.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The eleven French public holidays (jours fériés) of metropolitan France for any year: eight
 * on fixed dates and three that follow Easter (Easter Monday, Ascension Thursday, Whit Monday).
 * Alsace-Moselle's two extra days (Good Friday, 26 December) are not included.
 * Pure rules, no state besides a cache.
 */
public final class PublicHolidays {

    private static final Map<Integer, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    /** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of a year, by date, each with the message key of its name ({@code holiday.*}). */
    public static Map<LocalDate, String> of(int year) {
        return CACHE.computeIfAbsent(year, PublicHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "holiday.newYear");
        days.put(easter.plusDays(1), "holiday.easterMonday");
        days.put(LocalDate.of(year, Month.MAY, 1), "holiday.labourDay");
        days.put(LocalDate.of(year, Month.MAY, 8), "holiday.victory1945");
        days.put(easter.plusDays(39), "holiday.ascension");
        days.put(easter.plusDays(50), "holiday.whitMonday");
        days.put(LocalDate.of(year, Month.JULY, 14), "holiday.bastilleDay");
        days.put(LocalDate.of(year, Month.AUGUST, 15), "holiday.assumption");
        days.put(LocalDate.of(year, Month.NOVEMBER, 1), "holiday.allSaints");
        days.put(LocalDate.of(year, Month.NOVEMBER, 11), "holiday.armistice");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "holiday.christmas");
        return Collections.unmodifiableMap(days);
    }

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).containsKey(day);
    }

    /** The message key of the holiday's name, when the day is one. */
    public static Optional<String> name(LocalDate day) {
        return Optional.ofNullable(of(day.getYear()).get(day));
    }

    /** A working day is a Monday to Friday that is not a public holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** The n-th working day strictly before the given day (n >= 1). */
    public static LocalDate workingDaysBefore(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate d = day;
        int found = 0;
        while (found < n) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                found++;
            }
        }
        return d;
    }
}

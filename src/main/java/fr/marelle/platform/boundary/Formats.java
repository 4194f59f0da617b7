package fr.marelle.platform.boundary;

import fr.marelle.platform.control.DisplayFormats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * {@link DisplayFormats} for the pages ({@code #{fmt.date(x)}}), in the page's language: dates,
 * Paris times, periods, months, weeks, money, phones and French elision. Takes Objects because EL
 * does not choose between overloads; a value of another type is an error in the page, not shown raw.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    LanguageSwitch language;

    private Locale locale() {
        return language.getLocale();
    }

    public String date(Object day) {
        return DisplayFormats.date(day(day), locale());
    }

    public String longDate(Object day) {
        return DisplayFormats.longDate(day(day), locale());
    }

    /** "30 novembre 2026". */
    public String dayMonthYear(Object day) {
        return DisplayFormats.dayMonthYear(day(day), locale());
    }

    public String dayMonth(Object day) {
        return DisplayFormats.dayMonth(day(day), locale());
    }

    /** "Lundi 14 décembre" at the start of a cell or a heading. */
    public String dayMonthHeading(Object day) {
        return DisplayFormats.capitalised(DisplayFormats.dayMonth(day(day), locale()));
    }

    public String month(Object month) {
        if (month instanceof LocalDate d) {
            return DisplayFormats.month(YearMonth.from(d), locale());
        }
        if (month instanceof String s && !s.isBlank()) {
            return DisplayFormats.month(YearMonth.parse(s.strip().substring(0, 7)), locale());
        }
        return DisplayFormats.month((YearMonth) month, locale());
    }

    public String week(Object firstDay) {
        return DisplayFormats.week(day(firstDay), locale());
    }

    public String period(Object from, Object to) {
        return DisplayFormats.period(day(from), day(to), locale());
    }

    public String time(Object instant) {
        return DisplayFormats.time((TemporalAccessor) instant, locale());
    }

    public String dateTime(Object instant) {
        return DisplayFormats.dateTime((TemporalAccessor) instant, locale());
    }

    public String longDateTime(Object instant) {
        return DisplayFormats.longDateTime((TemporalAccessor) instant, locale());
    }

    /** Cents (a whole number) or euros (a BigDecimal). */
    public String money(Object amount) {
        if (amount == null) {
            return "";
        }
        return amount instanceof BigDecimal euros ? DisplayFormats.money(euros, locale())
                : DisplayFormats.money(((Number) amount).longValue(), locale());
    }

    public String phone(String stored) {
        return DisplayFormats.phone(stored);
    }

    /** "de Léa" / "d’Emma" / "of Emma". */
    public String ofName(String name) {
        return DisplayFormats.ofName(name, locale());
    }

    /** A date given as a LocalDate or an ISO text (some records keep dates as text). */
    private static LocalDate day(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof String s) {
            return s.isBlank() ? null : LocalDate.parse(s.strip());
        }
        return LocalDate.from((TemporalAccessor) value);
    }
}

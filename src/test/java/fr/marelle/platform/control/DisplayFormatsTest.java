package fr.marelle.platform.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayFormatsTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;

    /** 23:30 UTC on 4 December is already 5 December in Paris: the day changes too, not only the hour. */
    @Test
    void instantsAreShownInParisTimeWhateverTheirOffset() {
        OffsetDateTime utc = OffsetDateTime.of(2026, 12, 4, 23, 30, 0, 0, ZoneOffset.UTC);
        assertEquals("05/12/2026 00:30", DisplayFormats.dateTime(utc, FR));
        assertEquals("5 Dec 2026 00:30", DisplayFormats.dateTime(utc, EN));
        assertEquals("00:30", DisplayFormats.time(utc.toInstant(), FR));
        assertEquals("samedi 5 décembre 2026 à 00:30", DisplayFormats.longDateTime(utc, FR));
        assertEquals("Saturday 5 December 2026 at 00:30", DisplayFormats.longDateTime(utc, EN));
        // summer time: +2
        assertEquals("15/07/2026 20:39", DisplayFormats.dateTime(Instant.parse("2026-07-15T18:39:00Z"), FR));
    }

    @Test
    void datesPeriodsMonthsAndWeeksAreNeverIso() {
        LocalDate day = LocalDate.of(2018, 10, 25);
        assertEquals("25/10/2018", DisplayFormats.date(day, FR));
        assertEquals("25 Oct 2018", DisplayFormats.date(day, EN));
        assertEquals("du 01/01/2026 au 31/12/2026", DisplayFormats.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), FR));
        assertEquals("1 Jan 2026 – 31 Dec 2026", DisplayFormats.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), EN));
        assertEquals("novembre 2026", DisplayFormats.month(YearMonth.of(2026, 11), FR));
        assertEquals("November 2026", DisplayFormats.month(YearMonth.of(2026, 11), EN));
        assertEquals("semaine du 30 novembre 2026", DisplayFormats.week(LocalDate.of(2026, 11, 30), FR));
        assertEquals("week of 30 November 2026", DisplayFormats.week(LocalDate.of(2026, 11, 30), EN));
        assertEquals("lundi 14 décembre", DisplayFormats.dayMonth(LocalDate.of(2026, 12, 14), FR));
        assertEquals("Lundi 14 décembre", DisplayFormats.capitalised(DisplayFormats.dayMonth(LocalDate.of(2026, 12, 14), FR)));
        assertEquals("lundi 14 décembre 2026", DisplayFormats.longDate(LocalDate.of(2026, 12, 14), FR));
        assertEquals("30 novembre 2026", DisplayFormats.dayMonthYear(LocalDate.of(2026, 11, 30), FR));
        assertEquals("", DisplayFormats.date(null, FR));
    }

    @Test
    void moneyInEuros() {
        assertEquals("74,00 €", DisplayFormats.money(7400, FR));
        assertEquals("1 234,50 €", DisplayFormats.money(123450, FR));
        assertEquals("€74.00", DisplayFormats.money(7400, EN));
        assertEquals("-3,20 €", DisplayFormats.money(new BigDecimal("-3.20"), FR));
    }

    @Test
    void phonesNationalInFranceInternationalElsewhere() {
        assertEquals("06 12 34 56 78", DisplayFormats.phone("+33612345678"));
        assertEquals("+44 20 7946 0958", DisplayFormats.phone("+442079460958"));
        assertEquals("not a number", DisplayFormats.phone("not a number"));
        assertEquals("", DisplayFormats.phone(null));
    }

    @Test
    void frenchElidesBeforeAVowelOrAnH() {
        assertEquals("d’Emma", DisplayFormats.ofName("Emma", FR));
        assertEquals("d’Élise", DisplayFormats.ofName("Élise", FR));
        assertEquals("d’Hugo", DisplayFormats.ofName("Hugo", FR));
        assertEquals("de Léa", DisplayFormats.ofName("Léa", FR));
        assertEquals("of Emma", DisplayFormats.ofName("Emma", EN));
    }
}

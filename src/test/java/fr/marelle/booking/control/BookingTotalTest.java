package fr.marelle.booking.control;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BookingTotalTest {

    @Test
    void theTotalSaysHowManySessionsAndWhatTheyCostInFrenchAndEnglish() {
        assertEquals("6 séances – 27,60 €", new BookingTotal(6, 2760).text(Locale.FRENCH));
        assertEquals("1 séance – 4,60 €", new BookingTotal(1, 460).text(Locale.FRENCH));
        assertEquals("aucune séance – 0,00 €", new BookingTotal(0, 0).text(Locale.FRENCH));
        assertEquals("6 sessions – €27.60", new BookingTotal(6, 2760).text(Locale.ENGLISH));
        assertEquals("1 session – €4.60", new BookingTotal(1, 460).text(Locale.ENGLISH));
    }
}

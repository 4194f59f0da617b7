package fr.marelle.terms.boundary;

import fr.marelle.platform.control.ClockProducer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and instants of the terms pages, as families read them (Paris time). */
final class TermsDays {

    private TermsDays() {
    }

    static String day(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    static String instant(OffsetDateTime instant, Locale locale) {
        return instant.atZoneSameInstant(ClockProducer.PARIS)
                .format(DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "d MMMM yyyy 'at' HH:mm" : "d MMMM yyyy 'à' HH:mm", locale));
    }
}

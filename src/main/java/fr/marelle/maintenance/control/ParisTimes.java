package fr.marelle.maintenance.control;

import fr.marelle.platform.control.ClockProducer;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as families read them: Paris time, in French ("samedi 19 septembre 2026 à 20 h 00") or English. */
public final class ParisTimes {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H 'h' mm", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private ParisTimes() {
    }

    public static String format(OffsetDateTime instant, Locale locale) {
        DateTimeFormatter format = "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
        return instant.atZoneSameInstant(ClockProducer.PARIS).format(format);
    }
}

package fr.marelle.booking.control;

import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.platform.control.Messages;

import java.io.Serializable;
import java.util.Locale;

/** A number of sessions and their cost: "6 séances – 27,60 €" / "6 sessions – €27.60". */
public record BookingTotal(int sessions, long cents) implements Serializable {

    public String text(Locale locale) {
        return Messages.text(locale, "booking.total", sessions, DisplayFormats.money(cents, locale));
    }
}

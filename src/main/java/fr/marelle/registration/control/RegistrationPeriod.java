package fr.marelle.registration.control;

import java.time.LocalDate;

/**
 * The school year a registration is valid for: from 1 September to 31 August, so that the summer
 * camp after the last day of class belongs to the school year it closes. Chosen from the first
 * session of the activity still to come when the family asks.
 */
public record RegistrationPeriod(String label, LocalDate from, LocalDate to) {

    public static RegistrationPeriod containing(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return new RegistrationPeriod(start + "-" + (start + 1), LocalDate.of(start, 9, 1), LocalDate.of(start + 1, 8, 31));
    }
}

package fr.marelle.legal.control;

import fr.marelle.platform.control.ClockProducer;

import java.time.OffsetDateTime;

/**
 * The reference a family quotes about something it submitted online, e.g. {@code Q-2026-000123}:
 * a letter for the kind, the year received (Paris time) and the record's id. Derived, so stable
 * and the same in the acknowledgement mail, on the family's pages and for the staff.
 */
public record SubmissionReference(Kind kind, int year, long id) {

    /** The letters: Q quotient, D household request ("demande"), I registration ("inscription"), S school enrolment ("scolaire"),
     *  L room hire ("location"). */
    public enum Kind {
        QUOTIENT("Q"), HOUSEHOLD_REQUEST("D"), REGISTRATION("I"), SCHOOL_ENROLMENT("S"), ROOM_HIRE("L");

        private final String letter;

        Kind(String letter) {
            this.letter = letter;
        }
    }

    public static SubmissionReference of(Kind kind, long id, OffsetDateTime submittedAt) {
        return new SubmissionReference(kind, submittedAt.atZoneSameInstant(ClockProducer.PARIS).getYear(), id);
    }

    @Override
    public String toString() {
        return String.format("%s-%d-%06d", kind.letter, year, id);
    }
}

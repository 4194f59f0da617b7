package fr.marelle.booking.control;

import fr.marelle.planning.control.BookingDeadlines;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether one child can be booked on one session, and how: confirmed, on the waiting list, or
 * refused with the reason (a message key and its arguments). Pure rules, checked again on the
 * server at the moment of the write, with the session row locked.
 */
public final class BookingDecision {

    public enum Result { CONFIRMED, WAITING, ALREADY_BOOKED, REFUSED, CANCELLED }

    /** The answer for one request. */
    public record Decision(Result result, String reasonKey, List<Object> args, BookingDeadlines.Answer deadline) {

        static Decision of(Result result) {
            return new Decision(result, "booking.result." + result.name().toLowerCase(), List.of(), null);
        }

        static Decision refused(String key, Object... args) {
            return new Decision(Result.REFUSED, key, List.of(args), null);
        }

        static Decision closedBy(BookingDeadlines.Answer deadline) {
            return new Decision(Result.REFUSED, deadline.reasonKey(), List.of(), deadline);
        }

        public boolean writes() {
            return result == Result.CONFIRMED || result == Result.WAITING;
        }

        /** The outcome in words, e.g. "Réservation fermée depuis le jeudi 12 mars 2026 à 12:00." */
        public String text(java.util.Locale locale) {
            return deadline != null ? deadline.text(locale)
                    : fr.marelle.platform.control.Messages.text(locale, reasonKey, args.toArray());
        }
    }

    /** What the rules need to know about the session, the child and the family. */
    public record Facts(boolean sessionOpen, boolean activityActive, int capacity, int confirmed,
                        boolean waitingListUsed, boolean registrationRequired, boolean registrationAccepted,
                        Integer minAge, Integer maxAge, Set<String> levelCodes, boolean residentsOnly,
                        LocalDate sessionDay, LocalDate birthDate, String levelCode, boolean resident,
                        boolean alreadyBooked, BookingDeadlines.Answer deadline, boolean override, GroupRoom group,
                        boolean otherSchool) {

        /** Facts of an activity without places per age group. */
        public Facts(boolean sessionOpen, boolean activityActive, int capacity, int confirmed,
                     boolean waitingListUsed, boolean registrationRequired, boolean registrationAccepted,
                     Integer minAge, Integer maxAge, Set<String> levelCodes, boolean residentsOnly,
                     LocalDate sessionDay, LocalDate birthDate, String levelCode, boolean resident,
                     boolean alreadyBooked, BookingDeadlines.Answer deadline, boolean override) {
            this(sessionOpen, activityActive, capacity, confirmed, waitingListUsed, registrationRequired,
                    registrationAccepted, minAge, maxAge, levelCodes, residentsOnly, sessionDay, birthDate, levelCode,
                    resident, alreadyBooked, deadline, override, null, false);
        }

        /** The same facts with the places as read under the session's lock. */
        Facts withPlaces(int placesCapacity, int placesConfirmed, GroupRoom groupRoom) {
            return new Facts(sessionOpen, activityActive, placesCapacity, placesConfirmed, waitingListUsed,
                    registrationRequired, registrationAccepted, minAge, maxAge, levelCodes, residentsOnly, sessionDay,
                    birthDate, levelCode, resident, alreadyBooked, deadline, override, groupRoom, otherSchool);
        }

        /** The same facts when no place is left (the conditional update found none). */
        Facts full() {
            return withPlaces(capacity, capacity, group);
        }
    }

    /** The places of the child's age group on the session, and how many are confirmed. */
    public record GroupRoom(String label, int places, int confirmed) {

        boolean full() {
            return confirmed >= places;
        }
    }

    private BookingDecision() {
    }

    public static Decision decide(Facts f) {
        return beforeCapacity(f).orElseGet(() -> onCapacity(f));
    }

    /**
     * The answer when a rule other than the places left settles it (already booked, closed, not eligible,
     * past the deadline), or empty when only the places left decide: then the booking takes a place with
     * one conditional update of the session's counters (see {@link Bookings}), and {@link #onCapacity} tells the rest.
     */
    public static Optional<Decision> beforeCapacity(Facts f) {
        if (f.alreadyBooked()) {
            return Optional.of(Decision.of(Result.ALREADY_BOOKED));
        }
        if (!f.sessionOpen() || !f.activityActive()) {
            return Optional.of(Decision.refused("booking.refused.sessionClosed"));
        }
        String eligibility = eligibility(f);
        if (eligibility != null) {
            return Optional.of(Decision.refused(eligibility));
        }
        if (f.registrationRequired() && !f.registrationAccepted()) {
            return Optional.of(Decision.refused("booking.refused.registrationNeeded"));
        }
        if (!f.deadline().open() && !f.override()) {
            return Optional.of(Decision.closedBy(f.deadline()));
        }
        return Optional.empty();
    }

    /** What the places left decide, once every other rule has let the request through. */
    public static Decision onCapacity(Facts f) {
        boolean groupFull = f.group() != null && f.group().full();
        if ((f.confirmed() < f.capacity() && !groupFull) || f.override()) {
            return Decision.of(Result.CONFIRMED);
        }
        if (f.waitingListUsed()) {
            return Decision.of(Result.WAITING);
        }
        return f.confirmed() < f.capacity() ? Decision.refused("booking.refused.groupFull", f.group().label())
                : Decision.refused("booking.refused.full");
    }

    /** The message key of the first eligibility rule the child fails, or null. */
    static String eligibility(Facts f) {
        if (f.otherSchool()) {
            return "booking.refused.otherSchool";
        }
        if (f.minAge() != null || f.maxAge() != null) {
            if (f.birthDate() == null) {
                return "booking.refused.age";
            }
            int age = Period.between(f.birthDate(), f.sessionDay()).getYears();
            if ((f.minAge() != null && age < f.minAge()) || (f.maxAge() != null && age > f.maxAge())) {
                return "booking.refused.age";
            }
        }
        if (f.levelCodes() != null && !f.levelCodes().isEmpty()
                && (f.levelCode() == null || !f.levelCodes().contains(f.levelCode()))) {
            return "booking.refused.level";
        }
        if (f.residentsOnly() && !f.resident()) {
            return "booking.refused.residentsOnly";
        }
        return null;
    }
}

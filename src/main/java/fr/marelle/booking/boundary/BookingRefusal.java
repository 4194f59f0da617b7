package fr.marelle.booking.boundary;

import fr.marelle.booking.control.BookingDecision.Decision;
import fr.marelle.platform.boundary.Problem;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.Set;

/**
 * A booking or cancellation of one session that is refused, as a problem body naming the rule
 * (the message key) and, when a deadline decided, that deadline: 404 for what the family cannot
 * see, 422 for what the child is not eligible to, 409 for the state of the session (full, closed,
 * deadline passed).
 */
public class BookingRefusal extends Problem {

    private static final Set<String> NOT_FOUND = Set.of("booking.refused.unknownChild", "booking.refused.unknownSession",
            "booking.refused.unknownBooking");
    private static final Set<String> NOT_ELIGIBLE = Set.of("booking.refused.age", "booking.refused.level",
            "booking.refused.residentsOnly", "booking.refused.registrationNeeded", "booking.refused.otherSchool");

    /** The rule that refused, e.g. {@code booking.refused.full} or {@code deadline.book.passed}. */
    public String rule;
    /** The deadline that passed (ISO-8601 with offset), when a deadline refused. */
    public String deadline;

    public BookingRefusal() {
    }

    BookingRefusal(Decision decision, Locale locale) {
        super(status(decision.reasonKey()), decision.text(locale), null, null);
        this.rule = decision.reasonKey();
        this.deadline = decision.deadline() == null || decision.deadline().until() == null ? null
                : decision.deadline().until().toOffsetDateTime().toString();
    }

    static int status(String reasonKey) {
        if (NOT_FOUND.contains(reasonKey)) {
            return 404;
        }
        return NOT_ELIGIBLE.contains(reasonKey) ? 422 : 409;
    }

    static Response response(Decision decision, Locale locale) {
        return new BookingRefusal(decision, locale).toResponse();
    }
}

package fr.marelle.planning.control;

import fr.marelle.planning.entity.BookingWindow;
import fr.marelle.planning.entity.DeadlineKind;
import fr.marelle.planning.entity.DeadlineRule;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Whether a session can be booked or cancelled at a given instant, until when, and why not.
 * Always computed in Europe/Paris: a deadline "at 10:00" is 10:00 on the town's clocks, in winter
 * and in summer time alike. Pure rules; the injected clock only gives "now".
 */
@ApplicationScoped
public class BookingDeadlines {

    public static final ZoneId ZONE = ClockProducer.PARIS;

    /** Booking or cancelling. */
    public enum Action { BOOK, CANCEL }

    /** What the rules need to know about a session. */
    public record SessionTiming(LocalDate day, LocalTime start, boolean open) {
    }

    /** An activity's rules: a booking window, and one deadline for each action. */
    public record Rules(BookingWindow window, DeadlineRule bookDeadline, DeadlineRule cancelDeadline) {
        public Rules {
            window = window == null ? BookingWindow.ALWAYS : window;
            bookDeadline = bookDeadline == null ? DeadlineRule.NONE : bookDeadline;
            cancelDeadline = cancelDeadline == null ? DeadlineRule.NONE : cancelDeadline;
        }
    }

    /**
     * The answer: open or not; {@code until} is when it closes (open) or when it will open (not yet
     * open), or when it closed; {@code reasonKey} the message key saying it in words.
     */
    public record Answer(Action action, boolean open, ZonedDateTime until, String reasonKey) {

        /** The answer in words, in French or English, e.g. "Délai dépassé depuis le jeudi 12 mars 2026 à 10:00." */
        public String text(Locale locale) {
            return until == null ? Messages.text(locale, reasonKey) : Messages.text(locale, reasonKey, format(until, locale));
        }
    }

    @Inject
    Clock clock;

    /** The answer now. */
    public Answer check(Action action, SessionTiming session, Rules rules) {
        return check(action, session, rules, clock.instant());
    }

    /** The answer at a given instant. */
    public static Answer check(Action action, SessionTiming session, Rules rules, Instant at) {
        ZonedDateTime start = ZonedDateTime.of(session.day(), session.start(), ZONE);
        if (!session.open()) {
            return new Answer(action, false, null, "deadline.sessionClosed");
        }
        if (!at.isBefore(start.toInstant())) {
            return new Answer(action, false, null, "deadline.started");
        }
        String prefix = action == Action.BOOK ? "deadline.book." : "deadline.cancel.";
        ZonedDateTime deadline = deadline(action == Action.BOOK ? rules.bookDeadline() : rules.cancelDeadline(),
                session.day(), session.start());
        if (action == Action.BOOK) {
            BookingWindow window = rules.window();
            if (window.opensAt() != null && at.isBefore(window.opensAt())) {
                return new Answer(action, false, window.opensAt().atZone(ZONE), "deadline.notYetOpen");
            }
            if (window.closesAt() != null) {
                ZonedDateTime closes = window.closesAt().atZone(ZONE);
                if (!at.isBefore(window.closesAt()) && !closes.isAfter(deadline)) {
                    return new Answer(action, false, closes, "deadline.windowClosed");
                }
                if (closes.isBefore(deadline)) {
                    deadline = closes;
                }
            }
        }
        if (at.isBefore(deadline.toInstant())) {
            return new Answer(action, true, deadline, prefix + "open");
        }
        return new Answer(action, false, deadline, prefix + "passed");
    }

    /**
     * The moment the deadline falls for a session starting on {@code day} at {@code start}
     * (Europe/Paris); never later than the session's start.
     */
    public static ZonedDateTime deadline(DeadlineRule rule, LocalDate day, LocalTime start) {
        ZonedDateTime sessionStart = ZonedDateTime.of(day, start, ZONE);
        int n = rule.amount();
        ZonedDateTime deadline = switch (rule.kind()) {
            case NONE -> sessionStart;
            case CALENDAR_DAYS -> ZonedDateTime.of(day.minusDays(n), rule.time(), ZONE);
            case WORKING_DAYS -> ZonedDateTime.of(n == 0 ? day : PublicHolidays.workingDaysBefore(day, n), rule.time(), ZONE);
            case HOURS_BEFORE -> sessionStart.minus(Duration.ofHours(n));
            case WEEKDAY_OF_PREVIOUS_WEEK -> ZonedDateTime.of(
                    day.with(DayOfWeek.MONDAY).minusWeeks(1).with(DayOfWeek.of(n)), rule.time(), ZONE);
            case DAY_OF_PREVIOUS_MONTH -> {
                YearMonth previous = YearMonth.from(day).minusMonths(1);
                yield ZonedDateTime.of(previous.atDay(Math.min(n, previous.lengthOfMonth())), rule.time(), ZONE);
            }
        };
        return deadline.isAfter(sessionStart) ? sessionStart : deadline;
    }

    /** The rule in words, e.g. "2 jours ouvrés avant à 10:00". */
    public static String describe(DeadlineRule rule, Locale locale) {
        String time = rule.time() == null ? "" : rule.time().toString();
        Object amount = rule.amount();
        if (rule.kind() == DeadlineKind.WEEKDAY_OF_PREVIOUS_WEEK) {
            amount = DayOfWeek.of(rule.amount()).getDisplayName(TextStyle.FULL, Messages.supported(locale));
        }
        return Messages.text(locale, "deadline.rule." + rule.kind(), amount, time);
    }

    /** A date and time as the town reads it: "jeudi 12 mars 2026 à 10:00" / "Thursday 12 March 2026 at 10:00". */
    public static String format(ZonedDateTime when, Locale locale) {
        Locale l = Messages.supported(locale);
        String pattern = "en".equals(l.getLanguage()) ? "EEEE d MMMM yyyy 'at' HH:mm" : "EEEE d MMMM yyyy 'à' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, l).format(when.withZoneSameInstant(ZONE));
    }
}

package fr.marelle.booking.control;

import fr.marelle.booking.control.Bookings.Outcome;
import fr.marelle.booking.entity.Booking;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Child;
import fr.marelle.identity.entity.Account;
import fr.marelle.notification.control.Outbox;
import fr.marelle.planning.entity.Session;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mails of bookings: one summary per action (to the parent who acted, or to every guardian
 * when an agent acted for the family), and a mail when a child gets a place from the waiting list.
 */
@ApplicationScoped
public class BookingMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Households households;

    @Inject
    HouseholdAccess access;

    @Inject
    PortalLinks links;

    @Inject
    SessionPrices prices;

    void summary(Account actor, long householdId, List<Outcome> outcomes, boolean cancellation) {
        if (outcomes.stream().noneMatch(o -> o.decision().writes() || isCancelled(o, cancellation))) {
            return;
        }
        List<Account> recipients = access.isPlanningStaff(actor.getId()) ? households.guardians(householdId) : List.of(actor);
        BookingTotal total = cancellation ? null : confirmedTotal(householdId, outcomes);
        for (Account recipient : recipients) {
            Locale locale = Messages.forLanguage(recipient.getLanguage());
            String lines = outcomes.stream().map(o -> "- " + line(o.childId(), o.sessionId(), locale) + " : "
                    + o.decision().text(locale)).collect(Collectors.joining("\n"));
            outbox.queue(recipient.getEmail(), recipient.getLanguage(), cancellation ? "booking-cancelled" : "booking-done",
                    Map.of("firstName", recipient.getFirstName(), "lines", lines,
                            "total", total == null ? "" : total.text(locale),
                            "link", links.to("/parent/home.xhtml")));
        }
    }

    /** The sessions confirmed by this action and what they cost the household. */
    private BookingTotal confirmedTotal(long householdId, List<Outcome> outcomes) {
        fr.marelle.family.entity.Household household = em.find(fr.marelle.family.entity.Household.class, householdId);
        return prices.forHousehold(householdId, households.isResident(household)).total(outcomes.stream()
                .filter(o -> o.decision().result() == fr.marelle.booking.control.BookingDecision.Result.CONFIRMED)
                .map(o -> em.find(Session.class, o.sessionId())).toList());
    }

    void promoted(Booking booking, Session session) {
        for (Account recipient : households.guardians(booking.getHouseholdId())) {
            Locale locale = Messages.forLanguage(recipient.getLanguage());
            outbox.queue(recipient.getEmail(), recipient.getLanguage(), "booking-promoted",
                    Map.of("firstName", recipient.getFirstName(), "line", line(booking.getChildId(), session.getId(), locale),
                            "link", links.to("/parent/home.xhtml")));
        }
    }

    void removedFromWaitingList(Booking booking, Session session, String message) {
        for (Account recipient : households.guardians(booking.getHouseholdId())) {
            Locale locale = Messages.forLanguage(recipient.getLanguage());
            outbox.queue(recipient.getEmail(), recipient.getLanguage(), "booking-waiting-removed",
                    Map.of("firstName", recipient.getFirstName(), "line", line(booking.getChildId(), session.getId(), locale),
                            "message", message, "link", links.to("/parent/bookings.xhtml")));
        }
    }

    private static boolean isCancelled(Outcome outcome, boolean cancellation) {
        return cancellation && outcome.decision().result() == fr.marelle.booking.control.BookingDecision.Result.CANCELLED;
    }

    /** "Léa – Cantine Jules-Ferry – jeudi 11 mars 2027 11:45" */
    private String line(long childId, long sessionId, Locale locale) {
        Child child = em.find(Child.class, childId);
        Session session = em.find(Session.class, sessionId);
        if (child == null || session == null) {
            return "?";
        }
        return child.getFirstName() + " – " + session.getActivity().getName() + " – "
                + session.getDay().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)) + " "
                + session.getStartTime();
    }
}

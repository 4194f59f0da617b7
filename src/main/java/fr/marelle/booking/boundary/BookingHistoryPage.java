package fr.marelle.booking.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.booking.control.ChildCalendar;
import fr.marelle.booking.entity.BookingChange;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.planning.entity.Session;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Every change of a child's bookings in one household (the parent's, or the one staff open): who, when, what, why. */
@Named
@RequestScoped
public class BookingHistoryPage {

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    ChildCalendar calendar;

    @Inject
    LanguageSwitch language;

    @PersistenceContext
    EntityManager em;

    private Long childId;
    private Long household;
    private List<BookingChange> changes;

    /** Opened without a child (an old bookmark, a hand-typed address): say what to do rather than fail. */
    public void init() {
        if (childId == null) {
            Feedback.error("booking.history.noChild");
        }
    }

    /** The parent's own household, or for staff at the counter the household named in the address. */
    public List<BookingChange> getChanges() {
        if (changes == null) {
            long actor = acting.require().getId();
            try {
                long householdId = access.isPlanningStaff(actor) && household != null ? household
                        : access.ownHousehold(actor).orElseThrow(() -> new UnknownRecordException("household", "mine"));
                changes = childId == null ? List.of() : calendar.history(actor, householdId, childId);
            } catch (UnknownRecordException e) {
                Feedback.error("booking.page.unknownChild");
                changes = List.of();
            }
        }
        return changes;
    }

    public String when(BookingChange change) {
        return fr.marelle.platform.control.DisplayFormats.dateTime(change.getAt(), language.getLocale());
    }

    /** "Cantine Jules-Ferry, jeudi 11 mars 2027" */
    public String what(BookingChange change) {
        Session session = em.createQuery("select s from Session s where s.id = (select b.sessionId from Booking b"
                + " where b.id = :b)", Session.class).setParameter("b", change.getBookingId()).getSingleResult();
        return session.getActivity().getName() + ", "
                + fr.marelle.platform.control.DisplayFormats.longDate(session.getDay(), language.getLocale());
    }

    public Long getChildId() { return childId; }
    public void setChildId(Long childId) { this.childId = childId; }
    public Long getHousehold() { return household; }
    public void setHousehold(Long household) { this.household = household; }
}

package fr.marelle.booking.boundary;

import fr.marelle.booking.control.ChildCalendar;
import fr.marelle.booking.entity.BookingChange;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.boundary.CurrentUser;
import fr.marelle.planning.entity.Session;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.ClockProducer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Every change of a child's bookings in the parent's household: who, when, what, why. */
@Named
@RequestScoped
public class BookingHistoryPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    HouseholdAccess access;

    @Inject
    ChildCalendar calendar;

    @Inject
    LanguageSwitch language;

    @PersistenceContext
    EntityManager em;

    private Long childId;
    private List<BookingChange> changes;

    public List<BookingChange> getChanges() {
        if (changes == null) {
            long actor = currentUser.require().getId();
            try {
                changes = childId == null ? List.of() : calendar.history(actor,
                        access.householdOf(actor).orElseThrow(() -> new UnknownRecordException("household", "mine")), childId);
            } catch (UnknownRecordException e) {
                Feedback.error("booking.page.unknownChild");
                changes = List.of();
            }
        }
        return changes;
    }

    public String when(BookingChange change) {
        return change.getAt().atZoneSameInstant(ClockProducer.PARIS)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", language.getLocale()));
    }

    /** "Cantine Jules-Ferry, jeudi 11 mars 2027" */
    public String what(BookingChange change) {
        Session session = em.createQuery("select s from Session s where s.id = (select b.sessionId from Booking b"
                + " where b.id = :b)", Session.class).setParameter("b", change.getBookingId()).getSingleResult();
        return session.getActivity().getName() + ", "
                + session.getDay().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.getLocale()));
    }

    public Long getChildId() { return childId; }
    public void setChildId(Long childId) { this.childId = childId; }
}

package fr.marelle.privacy.control;

import fr.marelle.privacy.entity.DataExport.AttendanceData;
import fr.marelle.privacy.entity.DataExport.BookingChangeData;
import fr.marelle.privacy.entity.DataExport.BookingData;
import fr.marelle.privacy.entity.DataExport.CalendarFeedData;
import fr.marelle.privacy.entity.DataExport.MessageData;
import fr.marelle.privacy.entity.DataExport.RegistrationData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

import static fr.marelle.privacy.control.ExportRows.at;
import static fr.marelle.privacy.control.ExportRows.day;
import static fr.marelle.privacy.control.ExportRows.number;
import static fr.marelle.privacy.control.ExportRows.query;
import static fr.marelle.privacy.control.ExportRows.text;
import static fr.marelle.privacy.control.FamilyFileSections.NAME;

/**
 * The export's sections of what the household's children do: registrations, bookings and their changes,
 * attendance, calendar feeds. A child shared with another household appears with this household's records
 * only (each household books and pays its own days).
 */
@ApplicationScoped
public class ActivitySections {

    @PersistenceContext
    EntityManager em;

    public List<RegistrationData> registrations(long householdId) {
        List<RegistrationData> registrations = new ArrayList<>();
        for (Object[] r : query(em, "select r.id, " + NAME.formatted("c") + ", a.name, r.period_label, r.valid_from, r.valid_to,"
                + " r.state, r.closed_by, r.submitted_at, r.decided_at from registration r join child c on c.id = r.child_id"
                + " join activity a on a.id = r.activity_id where r.household_id = ?1 order by r.submitted_at, r.id", householdId)) {
            long id = number(r[0]);
            List<MessageData> messages = query(em, "select at, author_name, kind = 'STAFF', text from registration_message"
                    + " where registration_id = ?1 order by at, id", id).stream()
                    .map(m -> new MessageData(at(m[0]), text(m[1]), Boolean.TRUE.equals(m[2]), text(m[3]))).toList();
            registrations.add(new RegistrationData(id, text(r[1]), text(r[2]), text(r[3]), day(r[4]), day(r[5]), text(r[6]),
                    text(r[7]), at(r[8]), at(r[9]), messages));
        }
        return registrations;
    }

    public List<BookingData> bookings(long householdId) {
        return query(em, "select b.id, " + NAME.formatted("c") + ", a.name, s.day, b.status, b.cancelled_by, b.requested_at,"
                + " b.confirmed_at, b.cancelled_at, b.override_reason from booking b join child c on c.id = b.child_id"
                + " join activity_session s on s.id = b.session_id join activity a on a.id = s.activity_id"
                + " where b.household_id = ?1 order by s.day, s.start_time, b.id", householdId).stream()
                .map(b -> new BookingData(number(b[0]), text(b[1]), text(b[2]), day(b[3]), text(b[4]), text(b[5]), at(b[6]),
                        at(b[7]), at(b[8]), text(b[9]))).toList();
    }

    public List<BookingChangeData> bookingChanges(long householdId) {
        return query(em, "select bc.booking_id, " + NAME.formatted("c") + ", bc.at, bc.actor_name, bc.actor_kind, bc.action,"
                + " bc.reason from booking_change bc join child c on c.id = bc.child_id where bc.household_id = ?1"
                + " order by bc.at, bc.id", householdId).stream()
                .map(b -> new BookingChangeData(number(b[0]), text(b[1]), at(b[2]), text(b[3]), text(b[4]), text(b[5]),
                        text(b[6]))).toList();
    }

    public List<AttendanceData> attendance(long householdId) {
        return query(em, "select " + NAME.formatted("c") + ", a.name, s.day, t.status, t.marked_by_name, t.marked_at"
                + " from attendance t join child c on c.id = t.child_id join activity_session s on s.id = t.session_id"
                + " join activity a on a.id = s.activity_id where t.household_id = ?1 order by s.day, s.start_time, t.id",
                householdId).stream()
                .map(t -> new AttendanceData(text(t[0]), text(t[1]), day(t[2]), text(t[3]), text(t[4]), at(t[5]))).toList();
    }

    /** Whether a feed exists and since when; its token (hash) stays out. */
    public List<CalendarFeedData> calendarFeeds(long householdId) {
        return query(em, "select " + NAME.formatted("c") + ", " + NAME.formatted("a") + ", f.created_at, f.revoked_at"
                + " from calendar_feed f join child c on c.id = f.child_id left join account a on a.id = f.created_by"
                + " where f.household_id = ?1 order by f.created_at", householdId).stream()
                .map(f -> new CalendarFeedData(text(f[0]), text(f[1]), at(f[2]), at(f[3]))).toList();
    }
}

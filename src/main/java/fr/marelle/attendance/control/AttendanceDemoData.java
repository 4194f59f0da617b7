package fr.marelle.attendance.control;

import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Demo attendance: Léa Martin (the demo parent's daughter) and the children of households
 * famille350 ... famille359 booked over the last two weeks before the portal's today on the canteen
 * of their school, or the leisure centre in the holidays, most marked present, a few absent with or
 * without excuse, the last day left unmarked. Set-based SQL, after the families.
 */
@ApplicationScoped
public class AttendanceDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(AttendanceDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        em.createNativeQuery("create temporary table demo_attendance on commit drop as"
                        + " select s.id as session_id, s.day, c.id as child_id, hc.household_id"
                        + " from child c join household_child hc on hc.child_id = c.id"
                        + " join household h on h.id = hc.household_id join account a on a.id = h.billing_account_id"
                        + " join activity act on act.type = 'CANTEEN' and act.site_id = c.school_site_id"
                        + "      or act.type = 'HOLIDAY_CENTRE' and c.birth_date > cast(?3 as date) - interval '12 years'"
                        + " join activity_session s on s.activity_id = act.id and s.status = 'OPEN'"
                        + " where (a.email = 'parent@example.org' and c.first_name = 'Léa'"
                        + "        or a.email ~ '^famille35[0-9]@example\\.net$')"
                        + " and s.day between ?1 and ?2"
                        + " and not exists (select 1 from booking b where b.session_id = s.id and b.child_id = c.id)")
                .setParameter(1, today.minusDays(14)).setParameter(2, today.minusDays(1)).setParameter(3, today).executeUpdate();
        int bookings = em.createNativeQuery("insert into booking (session_id, child_id, household_id, status, requested_at, confirmed_at)"
                + " select session_id, child_id, household_id, 'CONFIRMED', (day - 10)::timestamptz, (day - 10)::timestamptz"
                + " from demo_attendance on conflict do nothing").executeUpdate();
        if (bookings == 0) {
            LOG.info("Demo attendance: no canteen or leisure-centre session in the last two weeks");
            return;
        }
        em.createNativeQuery("insert into booking_change (booking_id, child_id, household_id, at, actor_name, actor_kind, action)"
                + " select b.id, b.child_id, b.household_id, b.requested_at, 'Marelle', 'SYSTEM', 'BOOKED'"
                + " from booking b join demo_attendance d on d.session_id = b.session_id and d.child_id = b.child_id").executeUpdate();
        em.createNativeQuery("update activity_session s set confirmed = (select count(*) from booking b"
                + " where b.session_id = s.id and b.status = 'CONFIRMED')"
                + " where s.id in (select session_id from demo_attendance)").executeUpdate();
        // the last school day before today stays unmarked, to show the staff page with work to do
        int marks = em.createNativeQuery("insert into attendance (session_id, child_id, booking_id, household_id, status,"
                        + " marked_by_name, marked_at)"
                        + " select b.session_id, b.child_id, b.id, b.household_id,"
                        + " case when (b.child_id + extract(doy from d.day)::int) % 11 = 0 then 'ABSENT_EXCUSED'"
                        + "      when (b.child_id + extract(doy from d.day)::int) % 23 = 0 then 'ABSENT_UNEXCUSED'"
                        + "      else 'PRESENT' end,"
                        + " 'Karim Benali', (d.day + time '11:45')::timestamp at time zone 'Europe/Paris'"
                        + " from booking b join demo_attendance d on d.session_id = b.session_id and d.child_id = b.child_id"
                        + " where d.day < (select max(day) from demo_attendance)")
                .executeUpdate();
        LOG.info(() -> "Demo attendance: " + bookings + " past bookings, " + marks + " marked");
    }
}

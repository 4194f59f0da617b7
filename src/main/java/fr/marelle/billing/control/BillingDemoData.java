package fr.marelle.billing.control;

import fr.marelle.billing.entity.InvoiceRun;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo invoices: the month before the portal's current one (only finished months can be invoiced)
 * at the canteen (régie PERISCOLAIRE) and, in the holidays, the leisure centre (régie LOISIRS), for
 * Léa Martin (parent@example.org) and the children of famille350 … famille359, the same children as
 * the demo attendance. Their bookings and attendance of that month are written with SQL (the
 * portal refuses past bookings), then finance@example.org creates and validates each régie's run
 * through {@link InvoiceRuns}, so the invoices are numbered and published as in real use. The publication mails are dropped: no mail at start-up.
 */
@ApplicationScoped
public class BillingDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(BillingDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceRuns runs;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        Account finance = accounts.byEmail("finance@example.org").orElse(null);
        if (finance == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today).minusMonths(1);
        List<String> regies = attend(month, today);
        if (regies.isEmpty()) {
            LOG.info(() -> "Demo invoices: no canteen or leisure-centre day in " + month);
            return;
        }
        long lastMail = ((Number) em.createNativeQuery("select coalesce(max(id), 0) from outbox_mail").getSingleResult()).longValue();
        for (String regie : regies) {
            InvoiceRun run = runs.create(finance.getId(), regie, month);
            run = runs.validate(finance.getId(), run.getId(), true);
            int invoices = run.getInvoices();
            LOG.info(() -> "Demo invoices: " + invoices + " published for " + regie + " " + month);
        }
        em.createNativeQuery("delete from outbox_mail where id > ?1 and template = 'invoice-published'")
                .setParameter(1, lastMail).executeUpdate();
    }

    /**
     * Books and marks the demo children's days of the month at the canteen of their school and, in
     * the holidays, the leisure centre; the régies of those days (none when nothing was open).
     */
    private List<String> attend(YearMonth month, LocalDate today) {
        em.createNativeQuery("create temporary table demo_billing on commit drop as"
                        + " select s.id as session_id, s.day, c.id as child_id, hc.household_id"
                        + " from child c join household_child hc on hc.child_id = c.id"
                        + " join household h on h.id = hc.household_id join account a on a.id = h.billing_account_id"
                        + " join activity act on act.type = 'CANTEEN' and act.site_id = c.school_site_id"
                        + "      or act.type = 'HOLIDAY_CENTRE' and c.birth_date > cast(?3 as date) - interval '12 years'"
                        + " join activity_session s on s.activity_id = act.id and s.status = 'OPEN'"
                        + " where (a.email = 'parent@example.org' and c.first_name = 'Léa'"
                        + "        or a.email ~ '^famille35[0-9]@example\\.net$')"
                        + " and s.day between ?1 and ?2")
                .setParameter(1, month.atDay(1)).setParameter(2, month.atEndOfMonth()).setParameter(3, today)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> regies = em.createNativeQuery("select distinct act.regie_code from demo_billing d"
                + " join activity_session s on s.id = d.session_id join activity act on act.id = s.activity_id"
                + " order by act.regie_code").getResultList();
        if (regies.isEmpty()) {
            return regies;
        }
        em.createNativeQuery("create temporary table demo_billing_new on commit drop as"
                + " select d.* from demo_billing d where not exists"
                + " (select 1 from booking b where b.session_id = d.session_id and b.child_id = d.child_id)").executeUpdate();
        em.createNativeQuery("insert into booking (session_id, child_id, household_id, status, requested_at, confirmed_at)"
                + " select session_id, child_id, household_id, 'CONFIRMED', (day - 10)::timestamptz, (day - 10)::timestamptz"
                + " from demo_billing_new on conflict do nothing").executeUpdate();
        em.createNativeQuery("insert into booking_change (booking_id, child_id, household_id, at, actor_name, actor_kind, action)"
                + " select b.id, b.child_id, b.household_id, b.requested_at, 'Marelle', 'SYSTEM', 'BOOKED'"
                + " from booking b join demo_billing_new d on d.session_id = b.session_id and d.child_id = b.child_id").executeUpdate();
        em.createNativeQuery("update activity_session s set confirmed = (select count(*) from booking b"
                + " where b.session_id = s.id and b.status = 'CONFIRMED')"
                + " where s.id in (select session_id from demo_billing_new)").executeUpdate();
        // a finished month is marked everywhere: mostly present, a few absences with or without excuse
        em.createNativeQuery("insert into attendance (session_id, child_id, booking_id, household_id, status,"
                + " marked_by_name, marked_at)"
                + " select b.session_id, b.child_id, b.id, b.household_id,"
                + " case when (b.child_id + extract(doy from d.day)::int) % 11 = 0 then 'ABSENT_EXCUSED'"
                + "      when (b.child_id + extract(doy from d.day)::int) % 23 = 0 then 'ABSENT_UNEXCUSED'"
                + "      else 'PRESENT' end,"
                + " 'Karim Benali', (d.day + time '11:45')::timestamp at time zone 'Europe/Paris'"
                + " from booking b join demo_billing d on d.session_id = b.session_id and d.child_id = b.child_id"
                + " where b.status = 'CONFIRMED' and d.day < ?1"
                + " and not exists (select 1 from attendance x where x.session_id = b.session_id and x.child_id = b.child_id)")
                .setParameter(1, today).executeUpdate();
        em.flush();
        return regies;
    }
}

package fr.marelle.directdebit.control;

import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * Direct debit in the demo town (fictitious creditor identifier and account, in each régie's treasury settings): famille355 … famille358 have active
 * mandates signed at the counter a month ago, famille359 a mandate waiting for its signature; one run of the
 * périscolaire régie, sent, due in a month, debits their unpaid invoices of the demo month, and the bank rejected
 * famille358's (AM04, insufficient funds).
 */
@ApplicationScoped
public class DirectDebitDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(DirectDebitDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 58;
    }

    @Override
    public void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(ClockProducer.PARIS).toLocalDate();
        // the three régies share one creditor and one account (fictitious, with valid keys)
        em.createNativeQuery("insert into treasury_sepa_creditor (regie_code, ics, iban, bic, updated_at)"
                + " select code, 'FR72ZZZ123456', 'FR7610278060000001234560112', 'CMCIFRPP', ?1 from regie"
                + " where code in ('PERISCOLAIRE', 'LOISIRS', 'SPORTS_CULTURE') on conflict do nothing").setParameter(1, now).executeUpdate();
        // demo IBANs: valid keys, fictitious accounts
        String[][] families = {{"famille355", "FR7630003012340001234567854", "ACTIVE"}, {"famille356", "FR1420041010050500013M02606", "ACTIVE"},
                {"famille357", "FR7630003003000000000000008", "ACTIVE"}, {"famille358", "FR7610278060000001234560112", "ACTIVE"},
                {"famille359", "FR7630003012340001234567854", "REQUESTED"}};
        int mandates = 0;
        for (String[] f : families) {
            mandates += em.createNativeQuery("insert into sepa_mandate (household_id, rum, creditor_ics, creditor_name, status, holder, iban,"
                            + " requested_at, requested_by, signed_on, signature, activated_at)"
                            + " select h.id, 'MARELLE-' || h.id || '-' || lpad(nextval('sepa_mandate_rum_seq')::text, 6, '0'), 'FR72ZZZ123456',"
                            + " 'Ville de Marelle', cast(?4 as varchar), upper(a.first_name || ' ' || a.last_name), ?2, cast(?3 as timestamptz), a.id,"
                            + " case when cast(?4 as varchar) = 'ACTIVE' then cast(?5 as date) end,"
                            + " case when cast(?4 as varchar) = 'ACTIVE' then 'COUNTER' end,"
                            + " case when cast(?4 as varchar) = 'ACTIVE' then cast(?3 as timestamptz) end"
                            + " from household h join account a on a.id = h.billing_account_id where a.email = ?1")
                    .setParameter(1, f[0] + "@example.net").setParameter(2, f[1]).setParameter(3, now.minusMonths(1))
                    .setParameter(4, f[2]).setParameter(5, today.minusMonths(1)).executeUpdate();
        }
        LocalDate due = TargetCalendar.onOrAfter(today.plusMonths(1));
        Number run = (Number) em.createNativeQuery("insert into direct_debit_run (regie_code, due_on, status, message_id, created_at, sent_at)"
                        + " values ('PERISCOLAIRE', ?1, 'SENT', 'MARELLE-SDD-DEMO', ?2, ?2) returning id")
                .setParameter(1, due).setParameter(2, now).getSingleResult();
        int debits = em.createNativeQuery("insert into direct_debit (run_id, invoice_id, mandate_id, household_id, amount_cents, sequence_type,"
                        + " holder, iban, bic, status) select ?1, i.id, m.id, i.household_id, i.total_cents, 'FRST', m.holder, m.iban, m.bic,"
                        + " 'PENDING' from invoice i join sepa_mandate m on m.household_id = i.household_id and m.status = 'ACTIVE'"
                        + " where i.regie_code = 'PERISCOLAIRE' and i.total_cents > 0"
                        + " and not exists (select 1 from payment_allocation p where p.invoice_id = i.id) order by i.id")
                .setParameter(1, run.longValue()).executeUpdate();
        em.createNativeQuery("update sepa_mandate set next_sequence = 'RCUR', last_collection_on = ?2"
                + " where id in (select mandate_id from direct_debit where run_id = ?1)").setParameter(1, run.longValue())
                .setParameter(2, due).executeUpdate();
        em.createNativeQuery("update direct_debit d set status = 'REJECTED', reject_code = 'AM04', rejected_at = ?2 from household h"
                        + " join account a on a.id = h.billing_account_id where d.run_id = ?1 and h.id = d.household_id"
                        + " and a.email = 'famille358@example.net'")
                .setParameter(1, run.longValue()).setParameter(2, now).executeUpdate();
        em.createNativeQuery("update sepa_mandate m set rejects_in_a_row = 1 from direct_debit d where d.run_id = ?1 and d.mandate_id = m.id"
                + " and d.status = 'REJECTED'").setParameter(1, run.longValue()).executeUpdate();
        int count = mandates;
        LOG.info(() -> "Demo direct debit: " + count + " mandates, one run of " + debits + " debits due " + due + ", one rejected");
    }
}

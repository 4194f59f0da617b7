package fr.marelle.billing.control;

import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import fr.marelle.platform.control.SpreadsheetCsv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV exports for the accounting software: the invoices and the credit notes issued in a period,
 * optionally of one régie, written by {@link SpreadsheetCsv} (UTF-8 with BOM, ';', CRLF, no formula);
 * amounts are euros with a decimal comma and two decimals, cheque numbers and references text.
 */
@ApplicationScoped
public class BillingExports {

    static final int MAX_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    public String invoices(long actorId, LocalDate from, LocalDate to, String regieCode) {
        finance.require(actorId);
        checkPeriod(from, to);
        List<?> rows = em.createNativeQuery("select i.number, i.issued_on, i.due_on, i.regie_code, i.month, i.household_id,"
                        + " i.household_name, i.total_cents, coalesce((select sum(c.total_cents) from credit_note c"
                        + " where c.invoice_id = i.id), 0), coalesce((select sum(a.amount_cents) from payment_allocation a"
                        + " where a.invoice_id = i.id), 0), exists (select 1 from invoice_treasury_transfer t"
                        + " where t.invoice_id = i.id) from invoice i where i.issued_on between ?1 and ?2"
                        + " and (cast(?3 as varchar) is null or i.regie_code = ?3) order by i.regie_code, i.number")
                .setParameter(1, from).setParameter(2, to).setParameter(3, blankToNull(regieCode)).getResultList();
        List<List<Object>> records = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long total = ((Number) r[7]).longValue();
            long credited = ((Number) r[8]).longValue();
            long paid = ((Number) r[9]).longValue();
            records.add(List.of(r[0], ChargeSources.date(r[1]), ChargeSources.date(r[2]), r[3],
                    ChargeSources.date(r[4]).toString().substring(0, 7), r[5], r[6], amount(total), amount(credited),
                    amount(InvoiceStatus.remaining(total, credited, paid)),
                    InvoiceStatus.of(total, credited, paid, Boolean.TRUE.equals(r[10])).name()));
        }
        return csv(List.of("numero", "emise_le", "echeance", "regie", "mois", "famille_id", "famille", "montant",
                "avoirs", "reste_a_payer", "etat"), records);
    }

    public String creditNotes(long actorId, LocalDate from, LocalDate to, String regieCode) {
        finance.require(actorId);
        checkPeriod(from, to);
        List<?> rows = em.createNativeQuery("select c.number, c.issued_on, i.number, c.regie_code, c.household_id,"
                        + " i.household_name, c.total_cents, c.reason from credit_note c join invoice i on i.id = c.invoice_id"
                        + " where c.issued_on between ?1 and ?2 and (cast(?3 as varchar) is null or c.regie_code = ?3)"
                        + " order by c.regie_code, c.number")
                .setParameter(1, from).setParameter(2, to).setParameter(3, blankToNull(regieCode)).getResultList();
        List<List<Object>> records = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            records.add(List.of(r[0], ChargeSources.date(r[1]), r[2], r[3], r[4], r[5], amount(((Number) r[6]).longValue()),
                    r[7]));
        }
        return csv(List.of("numero", "emis_le", "facture", "regie", "famille_id", "famille", "montant", "motif"), records);
    }

    /**
     * The ledger entries (payments, refunds, reversals) received in a period, optionally of one régie,
     * with the invoices each settled ("number=amount" separated by commas); amounts signed.
     */
    public String payments(long actorId, LocalDate from, LocalDate to, String regieCode) {
        finance.require(actorId);
        checkPeriod(from, to);
        List<?> rows = em.createNativeQuery("select p.number, p.received_on, p.regie_code, p.kind, p.means, p.household_id,"
                        + " h.name, p.amount_cents, p.cheque_number, p.bank, p.reference, r.number,"
                        + " coalesce((select string_agg(i.number || '=' || replace(to_char(s.cents / 100.0, 'FM999999990.00'), '.', ','),"
                        + " ', ' order by i.number) from (select a.invoice_id, sum(a.amount_cents) as cents from payment_allocation a"
                        + " where a.payment_id = p.id group by a.invoice_id having sum(a.amount_cents) <> 0) s"
                        + " join invoice i on i.id = s.invoice_id), '')"
                        + " from payment p join household h on h.id = p.household_id left join payment r on r.id = p.reverses_id"
                        + " where p.received_on between ?1 and ?2 and (cast(?3 as varchar) is null or p.regie_code = ?3)"
                        + " order by p.regie_code, p.received_on, p.number")
                .setParameter(1, from).setParameter(2, to).setParameter(3, blankToNull(regieCode)).getResultList();
        List<List<Object>> records = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            records.add(java.util.Arrays.asList(r[0], ChargeSources.date(r[1]), r[2], r[3], r[4], r[5], r[6],
                    amount(((Number) r[7]).longValue()), text(r[8]), nz(r[9]), text(r[10]), nz(r[11]), r[12]));
        }
        return csv(List.of("numero", "recu_le", "regie", "nature", "moyen", "famille_id", "famille", "montant", "cheque",
                "banque", "reference", "annule", "factures"), records);
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }

    /** A cheque number or a reference: text for the spreadsheet, leading zeros kept. */
    static Object text(Object o) {
        return o == null ? "" : SpreadsheetCsv.text(o.toString());
    }

    /** A signed amount for the spreadsheet to add up: "-14,80" stays a number. */
    static Object amount(long cents) {
        return SpreadsheetCsv.number(euros(cents));
    }

    /** 1480 → "14,80". */
    static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        List<Violation> v = new ArrayList<>();
        if (from == null) {
            v.add(Violation.of("from", "billing.export.fromRequired"));
        }
        if (to == null) {
            v.add(Violation.of("to", "billing.export.toRequired"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            v.add(Violation.of("to", "billing.export.order"));
        } else if (from != null && to != null && from.plusDays(MAX_DAYS).isBefore(to)) {
            v.add(Violation.of("to", "billing.export.tooLong", MAX_DAYS));
        }
        RuleViolationException.throwIfAny(v);
    }

    static String csv(List<String> headers, List<List<Object>> records) {
        return SpreadsheetCsv.of(headers, records);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

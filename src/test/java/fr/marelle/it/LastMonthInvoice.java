package fr.marelle.it;

import java.sql.Connection;
import java.time.LocalDate;

/**
 * One unpaid invoice of last month (15,00 €, one line) for a demo household, written straight into the database so
 * that the API client tests need no invoicing run (invoicing runs are finance staff's, tested in BillingIT).
 */
final class LastMonthInvoice {

    static final long TOTAL_CENTS = 1500;

    private LastMonthInvoice() {
    }

    /** Creates it under its own régie (a code of at most 10 letters, one per test class) and returns its number. */
    static String create(String parentEmail, String regieCode) throws Exception {
        LocalDate today = ItEnvironment.today();
        LocalDate month = today.minusMonths(1).withDayOfMonth(1);
        try (Connection db = ItEnvironment.database()) {
            long household = Sql.one(db, "select h.id from household h join account a on a.id = h.billing_account_id"
                    + " where a.email = '" + parentEmail + "'");
            String number = today.getYear() + "-" + regieCode + "-" + household;
            Sql.update(db, "insert into regie (code, name) values ('" + regieCode + "', 'Régie " + regieCode
                    + "') on conflict do nothing");
            long run = Sql.one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices,"
                    + " total_cents) values ('" + regieCode + "', '" + month + "', 'VALIDATED', " + Sql.now() + ", "
                    + Sql.now() + ", 1, " + TOTAL_CENTS + ") returning id");
            long invoice = Sql.one(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name,"
                    + " issued_on, due_on, total_cents, published_at) values ('" + number + "', " + run + ", '" + regieCode
                    + "', '" + month + "', " + household + ", 'Famille', " + Sql.today() + ", '" + today.plusDays(30) + "', "
                    + TOTAL_CENTS + ", " + Sql.now() + ") returning id");
            long child = Sql.one(db, "select min(child_id) from household_child where household_id = " + household);
            long session = Sql.one(db, "select min(id) from activity_session where day >= '" + month + "' and day < '"
                    + month.plusMonths(1) + "'");
            Sql.update(db, "insert into invoice_line (invoice_id, position, household_id, session_id, child_id, child_name,"
                    + " activity_name, day, charge, amount_cents, price_cents, quotient_known, resident) select " + invoice
                    + ", 1, " + household + ", id, " + child + ", 'Enfant', 'Cantine', day, 'UNBOOKED_PRESENCE', "
                    + TOTAL_CENTS + ", " + TOTAL_CENTS + ", true, true from activity_session where id = " + session);
            return number;
        }
    }
}

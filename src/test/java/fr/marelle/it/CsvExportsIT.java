package fr.marelle.it;

import jakarta.json.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static fr.marelle.it.Sql.one;
import static fr.marelle.it.Sql.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Formula injection through every CSV export: text typed by a parent or a staff member that starts like a formula
 * ({@code =HYPERLINK(…)}) is written with a leading apostrophe, phone numbers keep their {@code +} and cheque
 * numbers their leading zeros. Own site, activity and régie (IT_CSV); demo families famille386 … famille389.
 */
class CsvExportsIT extends BrowserITBase {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private static final String NEUTRALISED = "'" + FORMULA;
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final LocalDate TODAY = ItEnvironment.today();
    private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(1);

    private static long site;
    private static long session;
    private static long household;
    private static long invoice;
    private static String invoiceNumber;

    @BeforeAll
    static void formulasTypedEverywhere() throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            update(db, "insert into regie (code, name) values ('IT_CSV', 'Régie des tests CSV') on conflict do nothing");
            site = one(db, "insert into site (name, kind, address, created_at) values ('" + sql(FORMULA) + "', 'SCHOOL',"
                    + " '1 rue du CSV', " + Sql.now() + ") returning id");
            long activity = one(db, "insert into activity (name, type, site_id, regie_code, start_time, end_time, default_capacity,"
                    + " created_at) values ('" + sql("@SUM(1+1)*cmd|' /C calc'!A0") + "', 'CANTEEN', " + site + ", 'IT_CSV',"
                    + " '11:30', '13:30', 50, " + Sql.now() + ") returning id");
            session = one(db, "insert into activity_session (activity_id, day, start_time, end_time, capacity, confirmed) values ("
                    + activity + ", '" + TODAY + "', '11:30', '13:30', 50, 1) returning id");
            household = one(db, "select h.id from household h join account a on a.id = h.billing_account_id"
                    + " where a.email = 'famille386@example.net'");
            long child = one(db, "select min(child_id) from household_child where household_id = " + household);
            update(db, "update household set name = '" + sql(FORMULA) + "', phone = '+33612345678', other_phone = null"
                    + " where id = " + household);
            update(db, "update child set diet = 'NONE', pai = false, allergies = '" + sql("-2+3+cmd|' /C calc'!A0")
                    + "' where id = " + child);
            update(db, "insert into pickup_person (child_id, first_name, last_name, relation, phone, may_pick_up, not_allowed,"
                    + " created_at) values (" + child + ", '" + sql(FORMULA) + "', 'Csv', 'tante', '+33698765432', true, false, "
                    + Sql.now() + ")");
            update(db, "insert into booking (session_id, child_id, household_id, status, requested_at, confirmed_at) values ("
                    + session + ", " + child + ", " + household + ", 'CONFIRMED', " + Sql.now() + ", " + Sql.now() + ")");
            long run = one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices, total_cents)"
                    + " values ('IT_CSV', '" + MONTH.atDay(1) + "', 'VALIDATED', " + Sql.now() + ", " + Sql.now() + ", 1, 2000) returning id");
            invoiceNumber = TODAY.getYear() + "-IT_CSV-" + household;
            invoice = one(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name, issued_on,"
                    + " due_on, total_cents, published_at) values ('" + invoiceNumber + "', " + run + ", 'IT_CSV', '"
                    + MONTH.atDay(1) + "', " + household + ", '" + sql(FORMULA) + "', '" + TODAY + "', '" + TODAY.plusDays(30)
                    + "', 2000, " + Sql.now() + ") returning id");
            update(db, "insert into credit_note (number, invoice_id, regie_code, household_id, reason, issued_on, total_cents,"
                    + " created_at) values ('" + TODAY.getYear() + "-AV-IT_CSV-" + household + "', " + invoice + ", 'IT_CSV', "
                    + household + ", '" + sql(FORMULA) + "', '" + TODAY + "', 500, " + Sql.now() + ")");
        }
    }

    @Test
    void theSessionListNeutralisesAllergiesAndPickUpsAndKeepsThePhonesPlus() {
        List<CSVRecord> rows = csv(Api.get("/api/v1/staff/sessions/" + session + "/list.csv", "Authorization", AGENT));
        CSVRecord line = rows.get(1);
        assertEquals("'-2+3+cmd|' /C calc'!A0", line.get(3), "allergies");
        assertEquals("'" + FORMULA + " Csv (tante) +33698765432", line.get(5), "authorised pick-up");
        assertEquals("'+33612345678", line.get(7), "the guardians' phone, + kept");
    }

    @Test
    void theMealCountsAndThePlanningNeutraliseSiteAndActivityNames() {
        List<CSVRecord> meals = csv(Api.get("/api/v1/staff/meal-counts.csv?from=" + TODAY + "&to=" + TODAY + "&siteId=" + site,
                "Authorization", AGENT));
        assertEquals(NEUTRALISED, meals.get(1).get(1), "site");
        assertEquals("1", meals.get(1).get(2), "the count stays a number");
        List<CSVRecord> planning = csv(Api.get("/api/v1/staff/planning.csv?week=" + TODAY.with(DayOfWeek.MONDAY)
                + "&siteId=" + site, "Authorization", AGENT));
        assertEquals(NEUTRALISED, planning.get(1).get(1), "site");
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", planning.get(1).get(2), "activity");
    }

    @Test
    void invoicesAndCreditNotesNeutraliseTheHouseholdNameAndTheReason() {
        String period = "from=" + TODAY + "&to=" + TODAY + "&regieCode=IT_CSV";
        CSVRecord invoiceRow = csv(Api.get("/api/v1/finance/exports/invoices.csv?" + period, "Authorization", FINANCE)).get(1);
        assertEquals(invoiceNumber, invoiceRow.get(0));
        assertEquals(NEUTRALISED, invoiceRow.get(6), "famille");
        assertEquals("20,00", invoiceRow.get(7), "the amount stays a number");
        CSVRecord noteRow = csv(Api.get("/api/v1/finance/exports/credit-notes.csv?" + period, "Authorization", FINANCE)).get(1);
        assertEquals(NEUTRALISED, noteRow.get(5), "famille");
        assertEquals(NEUTRALISED, noteRow.get(7), "motif");
    }

    @Test
    void paymentsAndTheDocketKeepTheChequeNumbersLeadingZerosAndNeutraliseTheBank() {
        String body = Json.createObjectBuilder().add("regieCode", "IT_CSV").add("means", "CHEQUE").add("amountCents", 1200)
                .add("receivedOn", TODAY.toString()).add("chequeNumber", "0001234").add("bank", FORMULA)
                .add("allocations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("invoiceId", invoice)
                        .add("amountCents", 1200))).build().toString();
        HttpResponse<String> paid = Api.postJson("/api/v1/finance/households/" + household + "/payments", body,
                "Authorization", FINANCE);
        assertEquals(201, paid.statusCode(), paid.body());

        CSVRecord payment = csv(Api.get("/api/v1/finance/exports/payments.csv?from=" + TODAY + "&to=" + TODAY
                + "&regieCode=IT_CSV", "Authorization", FINANCE)).get(1);
        assertEquals(NEUTRALISED, payment.get(6), "famille");
        assertEquals("12,00", payment.get(7), "montant");
        assertEquals("'0001234", payment.get(8), "cheque: text, leading zeros kept");
        assertEquals(NEUTRALISED, payment.get(9), "banque");

        CSVRecord docket = csv(Api.get("/api/v1/finance/dockets.csv?regie=IT_CSV&day=" + TODAY, "Authorization", FINANCE)).get(1);
        assertEquals(NEUTRALISED, docket.get(6), "famille");
        assertEquals("'0001234", docket.get(7), "cheque");
        assertEquals(NEUTRALISED, docket.get(8), "banque");
        assertEquals("12,00", docket.get(10), "montant");
    }

    /** The records of a CSV answer, the header first, after checking the spreadsheet format. */
    private static List<CSVRecord> csv(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("\uFEFF"), "a byte order mark");
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(response.body().substring(1)))) {
            List<CSVRecord> records = parser.getRecords();
            assertTrue(records.size() > 1, response.body());
            return records;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sql(String text) {
        return text.replace("'", "''");
    }
}

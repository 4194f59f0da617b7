package fr.marelle.it;

import fr.marelle.platform.control.PdfConformance;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fr.marelle.it.Sql.count;
import static fr.marelle.it.Sql.one;
import static fr.marelle.it.Sql.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Billing on régies of its own (IT_FACT, IT_FACT2, IT_FACT3) with a canteen whose sessions,
 * bookings and attendance of past months are written with SQL for the households famille100 …
 * famille129 (booking or marking a past session is refused by the portal).
 */
class BillingIT extends BrowserITBase {

    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final LocalDate TODAY = ItEnvironment.today();
    private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(2);
    private static final int YEAR = TODAY.getYear();

    private static long site;
    private static long canteen;
    private static final long[] S = new long[6];
    /** famille100's two children (eldest, younger); the eldest also belongs to famille103's household. */
    private static long eldest;
    private static long younger;
    private static long h100;
    private static long h101;
    private static long h103;

    @BeforeAll
    static void aCanteenMonthWithBookingsAndAttendance() throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            update(db, "insert into regie (code, name) values ('IT_FACT', 'Régie des tests de facturation'),"
                    + " ('IT_FACT2', 'Régie des tests de concurrence'), ('IT_FACT3', 'Régie des tests du navigateur')"
                    + " on conflict do nothing");
            site = one(db, "insert into site (name, kind, address, created_at) values ('École de la Facturation', 'SCHOOL',"
                    + " '2 rue du Test', " + Sql.now() + ") returning id");
            canteen = activity(db, "Cantine Facturation", "IT_FACT");
            // QF 0-700: 2,00 € resident / 3,00 € not; 701+: 4,00 € / 5,00 €; siblings 10 %; unexcused 5,00 €; unbooked 6,00 €
            long grid = one(db, "insert into price_grid (activity_id, valid_from, sibling_reduction_pct, unexcused_absence_cents,"
                    + " unbooked_presence_cents, created_at) values (" + canteen + ", '2020-01-01', 10, 500, 600, " + Sql.now()
                    + ") returning id");
            update(db, "insert into price_band (grid_id, position, qf_from, qf_to, resident_cents, non_resident_cents) values ("
                    + grid + ", 1, 0, 700, 200, 300), (" + grid + ", 2, 701, null, 400, 500)");
            for (int i = 1; i <= 4; i++) {
                S[i] = session(db, canteen, MONTH.atDay(i + 4));
            }
            h100 = householdOf(db, "famille100@example.net");
            h101 = householdOf(db, "famille101@example.net");
            long h102 = householdOf(db, "famille102@example.net");
            h103 = householdOf(db, "famille103@example.net");
            update(db, "update household set resident_override = true where id in (" + h100 + ", " + h102 + ", " + h103 + ")");
            update(db, "update household set resident_override = false where id = " + h101);
            update(db, "insert into family_quotient (household_id, amount, valid_from, valid_to, status, decided_at, submitted_at)"
                    + " values (" + h100 + ", 500, '" + MONTH.atDay(1) + "', '" + MONTH.atEndOfMonth() + "', 'ACCEPTED', " + Sql.now()
                    + ", " + Sql.now() + ")");
            eldest = child(db, h100, "Aînée", "2016-05-01");
            younger = child(db, h100, "Cadet", "2019-02-01");
            update(db, "insert into household_child (household_id, child_id, linked_at) values (" + h103 + ", " + eldest + ", " + Sql.now() + ")");
            long other101 = child(db, h101, "Unique", "2017-01-01");
            long other102 = child(db, h102, "Oublié", "2017-01-01");

            mark(db, S[1], eldest, h100, book(db, S[1], eldest, h100), "PRESENT");
            mark(db, S[2], eldest, h100, book(db, S[2], eldest, h100), "ABSENT_EXCUSED");
            mark(db, S[3], eldest, h100, book(db, S[3], eldest, h100), "ABSENT_UNEXCUSED");
            mark(db, S[1], younger, h100, book(db, S[1], younger, h100), "PRESENT");
            mark(db, S[2], younger, h100, null, "PRESENT_WITHOUT_BOOKING");
            // the eldest's day with the other household: charged to that household only
            mark(db, S[4], eldest, h103, book(db, S[4], eldest, h103), "PRESENT");
            mark(db, S[1], other101, h101, book(db, S[1], other101, h101), "PRESENT");
            book(db, S[4], other102, h102); // attendance never marked
            // a cancelled booking is never charged
            update(db, "insert into booking (session_id, child_id, household_id, status, requested_at, cancelled_at, cancelled_by)"
                    + " values (" + S[3] + ", " + younger + ", " + h100 + ", 'CANCELLED', " + Sql.now() + ", " + Sql.now() + ", 'FAMILY')");
        }
    }

    @Test
    void aMonthIsInvoicedOnceWithGaplessNumbersImmutableInvoicesCreditNotesAndARerunBillingOnlyTheDifference()
            throws Exception {
        String parent = Api.basic("famille100@example.net", ItEnvironment.DEMO_PASSWORD);
        // only finance staff run invoicing; bad input is refused with its reason
        assertEquals(403, Api.postJson("/api/v1/finance/runs", run("IT_FACT", MONTH), "Authorization", parent).statusCode());
        assertEquals(403, Api.postJson("/api/v1/finance/runs", run("IT_FACT", MONTH), "Authorization", AGENT).statusCode());
        HttpResponse<String> unknown = Api.postJson("/api/v1/finance/runs", run("NOPE", MONTH), "Authorization", FINANCE);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("regieCode"), unknown.body());
        HttpResponse<String> current = Api.postJson("/api/v1/finance/runs", run("IT_FACT", YearMonth.from(TODAY)),
                "Authorization", FINANCE);
        assertEquals(400, current.statusCode());
        assertTrue(current.body().contains("mois terminé"), current.body());

        // the draft's preview: per household, lines priced with their rule, and the anomalies
        HttpResponse<String> created = Api.postJson("/api/v1/finance/runs", run("IT_FACT", MONTH), "Authorization", FINANCE);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject preview = Api.json(created);
        long runId = preview.getJsonObject("run").getJsonNumber("id").longValue();
        assertEquals("DRAFT", preview.getJsonObject("run").getString("status"));
        Map<Long, Long> totals = totals(preview);
        // famille100: eldest present 2,00 + excused 0 + unexcused 5,00; younger (rank 2) present 1,80 + unbooked 6,00
        assertEquals(1480L, totals.get(h100), preview.toString());
        assertEquals(500L, totals.get(h101), "no quotient, not resident: highest band, non-resident");
        assertEquals(400L, totals.get(h103), "the eldest's day with the other household, charged to it only");
        assertEquals(4, totals.size(), preview.toString());
        JsonObject family100 = household(preview, h100);
        assertEquals(5, family100.getJsonArray("lines").size());
        assertTrue(family100.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .noneMatch(l -> l.getJsonNumber("sessionId").longValue() == S[4]), "no line for the other household's day");
        List<String> kinds = preview.getJsonArray("anomalies").stream().map(a -> a.asJsonObject().getString("kind")).toList();
        assertTrue(kinds.contains("MISSING_QUOTIENT"), kinds.toString());
        assertTrue(kinds.contains("ATTENDANCE_NOT_MARKED"), kinds.toString());
        assertEquals(preview.getJsonObject("run"), Api.json(Api.get("/api/v1/finance/runs/" + runId, "Authorization", FINANCE))
                .getJsonObject("run"));
        assertEquals(403, Api.get("/api/v1/finance/runs/" + runId, "Authorization", parent).statusCode());
        String openapi = Api.get("/openapi").body();
        assertTrue(openapi.contains("/finance/runs/{id}/validation") && openapi.contains("/invoices/{id}/pdf"), "OpenAPI");

        // unmarked attendance must be confirmed; nothing is written before
        HttpResponse<String> unconfirmed = validate(runId, false);
        assertEquals(400, unconfirmed.statusCode());
        assertTrue(unconfirmed.body().contains("confirmUnmarked"), unconfirmed.body());
        assertEquals(0, count("select count(*) from invoice where run_id = " + runId));

        HttpResponse<String> validated = validate(runId, true);
        assertEquals(200, validated.statusCode(), validated.body());
        JsonArray issued = Api.json(validated).getJsonArray("invoices");
        assertEquals(4, issued.size());
        assertEquals(List.of(1, 2, 3, 4), numbers("IT_FACT", issued), issued.toString());
        assertEquals(1480L + 500 + 400 + 400, Api.json(validated).getJsonObject("run").getJsonNumber("totalCents").longValue());
        assertEquals(0, count("select count(*) from invoice i where i.total_cents <> (select sum(amount_cents)"
                + " from invoice_line l where l.invoice_id = i.id)"), "the total of every invoice is the sum of its lines");
        assertEquals(1, count("select count(*) from attendance_lock where regie_code = 'IT_FACT' and month = '" + MONTH.atDay(1) + "'"));

        // validated once only
        HttpResponse<String> again = validate(runId, true);
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("déjà validée"), again.body());
        assertEquals(4, count("select count(*) from invoice where regie_code = 'IT_FACT'"));

        // the billing contact is mailed
        long invoice100 = idOf(issued, h100);
        String number100 = numberOf(issued, h100);
        List<Mailbox.Mail> mails = Mailbox.await("famille100@example.net", 1);
        assertTrue(mails.stream().anyMatch(m -> m.subject().contains(number100)
                && (m.body().contains("14,80 €") || m.body().contains("€14.80"))), mails.toString());
        // the mail notifies the invoice: it names its issuer and how to contest it (CGCT L.1617-5)
        assertTrue(mails.stream().anyMatch(m -> m.subject().contains(number100) && m.body().contains("L.1617-5")
                && (m.body().contains("Ordonnateur :") || m.body().contains("Issued by (ordonnateur):"))), mails.toString());

        // the database itself refuses to change a published invoice or its lines
        try (Connection db = ItEnvironment.database()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> update(db, "update invoice set total_cents = 1 where id = " + invoice100));
            assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
            assertThrows(SQLException.class, () -> update(db, "delete from invoice_line where invoice_id = " + invoice100));
            assertThrows(SQLException.class, () -> update(db, "delete from invoice where id = " + invoice100));
        }
        assertEquals(1480, count("select total_cents from invoice where id = " + invoice100));

        // the parent sees their own invoice, and 404 for another household's
        JsonArray mine = array(Api.get("/api/v1/invoices", "Authorization", parent));
        assertEquals(1, mine.size(), mine.toString());
        assertEquals(number100, mine.getJsonObject(0).getString("number"));
        assertEquals("UNPAID", mine.getJsonObject(0).getString("status"));
        assertEquals(TODAY.plusDays(30).toString(), mine.getJsonObject(0).getString("dueOn"));
        JsonObject detail = Api.json(Api.get("/api/v1/invoices/" + invoice100, "Authorization", parent));
        assertEquals(5, detail.getJsonArray("lines").size());
        JsonObject unexcusedLine = line(detail, S[3], eldest);
        assertEquals("UNEXCUSED_ABSENCE", unexcusedLine.getString("charge"));
        assertEquals("Absence non justifiée : 5,00 €", unexcusedLine.getString("explanation"));
        assertTrue(line(detail, S[1], younger).getString("explanation").contains("réduction fratrie de 10 %"),
                detail.toString());
        assertEquals(404, Api.get("/api/v1/invoices/" + idOf(issued, h101), "Authorization", parent).statusCode());
        HttpResponse<byte[]> pdf = bytes("/api/v1/invoices/" + invoice100 + "/pdf", parent);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", Api.mediaType(pdf));
        assertTrue(PdfConformance.firstPageHasAnImage(pdf.body()), "the theme's logo heads the invoice");
        String text = ReadableText.pdf(pdf.body());
        for (String expected : List.of(number100, "Aînée Facturation", "Cadet Facturation", "Cantine Facturation",
                "Régie des tests de facturation", "14,80 €", "Absence non justifiée : 5,00 €")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertEquals(404, bytes("/api/v1/invoices/" + idOf(issued, h101) + "/pdf", parent).statusCode());
        assertEquals(404, Api.get("/api/v1/invoices/999999999", "Authorization", parent).statusCode());

        // a credit note never exceeds what remains of its line; it is numbered in its own series
        long lineId = unexcusedLine.getJsonNumber("id").longValue();
        HttpResponse<String> tooMuch = Api.postJson("/api/v1/finance/credit-notes", credit(invoice100, lineId, 501),
                "Authorization", FINANCE);
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        assertTrue(tooMuch.body().contains("lines[0].amountCents"), tooMuch.body());
        assertEquals(403, Api.postJson("/api/v1/finance/credit-notes", credit(invoice100, lineId, 500), "Authorization", parent)
                .statusCode());
        HttpResponse<String> note = Api.postJson("/api/v1/finance/credit-notes", credit(invoice100, lineId, 500),
                "Authorization", FINANCE);
        assertEquals(201, note.statusCode(), note.body());
        assertEquals(YEAR + "-AV-IT_FACT-000001", Api.json(note).getString("number"));
        assertEquals(400, Api.postJson("/api/v1/finance/credit-notes", credit(invoice100, lineId, 1), "Authorization", FINANCE)
                .statusCode());
        try (Connection db = ItEnvironment.database()) {
            assertThrows(SQLException.class, () -> update(db, "insert into credit_note_line (credit_note_id, invoice_line_id,"
                    + " amount_cents) select id, " + lineId + ", 1 from credit_note where invoice_id = " + invoice100));
            assertThrows(SQLException.class, () -> update(db, "update credit_note set total_cents = 1 where invoice_id = " + invoice100));
        }
        JsonObject credited = Api.json(Api.get("/api/v1/invoices/" + invoice100, "Authorization", parent));
        assertEquals(500, credited.getJsonObject("invoice").getInt("creditedCents"));
        assertEquals(980, credited.getJsonObject("invoice").getInt("remainingCents"));
        assertEquals(1, credited.getJsonArray("creditNotes").size());
        JsonObject statement = Api.json(Api.get("/api/v1/finance/households/" + h100 + "/statement", "Authorization", FINANCE));
        assertEquals(980, statement.getJsonNumber("balanceCents").longValue(), statement.toString());
        assertEquals(List.of("INVOICE", "CREDIT_NOTE"), statement.getJsonArray("entries").stream()
                .map(e -> e.asJsonObject().getString("kind")).toList());
        assertEquals(403, Api.get("/api/v1/finance/households/" + h100 + "/statement", "Authorization", parent).statusCode());
        long noteId = Api.json(note).getJsonNumber("id").longValue();
        HttpResponse<byte[]> notePdf = bytes("/api/v1/invoices/" + invoice100 + "/credit-notes/" + noteId + "/pdf", parent);
        assertEquals(200, notePdf.statusCode());
        String noteText = ReadableText.pdf(notePdf.body());
        assertTrue(noteText.contains(YEAR + "-AV-IT_FACT-000001") && noteText.contains(number100)
                && noteText.contains("Certificat médical") && noteText.contains("5,00 €"), noteText);
        assertEquals(404, bytes("/api/v1/invoices/" + idOf(issued, h101) + "/credit-notes/" + noteId + "/pdf", parent)
                .statusCode());

        // finance search: by régie and status, by household name; daysOverdue is 0 before the due date
        JsonArray found = array(Api.get("/api/v1/finance/invoices?regieCode=IT_FACT&status=UNPAID", "Authorization", FINANCE));
        assertEquals(4, found.size(), found.toString());
        assertEquals(0, found.getJsonObject(0).getInt("daysOverdue"));
        JsonArray byNumber = array(Api.get("/api/v1/finance/invoices?number=" + number100, "Authorization", FINANCE));
        assertEquals(List.of(number100), byNumber.stream().map(f -> f.asJsonObject().getJsonObject("invoice").getString("number"))
                .toList());
        assertEquals(400, Api.get("/api/v1/finance/invoices?status=LOST", "Authorization", FINANCE).statusCode());
        assertEquals(403, Api.get("/api/v1/finance/invoices", "Authorization", parent).statusCode());

        // exports for the accounting software
        String period = "from=" + TODAY.minusDays(1) + "&to=" + TODAY + "&regieCode=IT_FACT";
        HttpResponse<String> invoicesCsv = Api.get("/api/v1/finance/exports/invoices.csv?" + period, "Authorization", FINANCE);
        assertEquals(200, invoicesCsv.statusCode(), invoicesCsv.body());
        assertTrue(invoicesCsv.body().startsWith("\uFEFFnumero;emise_le;echeance;regie;"), invoicesCsv.body());
        assertTrue(invoicesCsv.body().contains(number100 + ";" + TODAY + ";" + TODAY.plusDays(30) + ";IT_FACT;" + MONTH + ";"
                + h100 + ";"), invoicesCsv.body());
        assertTrue(invoicesCsv.body().contains(";14,80;5,00;9,80;UNPAID"), invoicesCsv.body());
        assertEquals(5, invoicesCsv.body().split("\r\n").length, invoicesCsv.body());
        HttpResponse<String> notesCsv = Api.get("/api/v1/finance/exports/credit-notes.csv?" + period, "Authorization", FINANCE);
        assertTrue(notesCsv.body().contains(YEAR + "-AV-IT_FACT-000001;" + TODAY + ";" + number100 + ";IT_FACT;"), notesCsv.body());
        assertEquals(403, Api.get("/api/v1/finance/exports/invoices.csv?" + period, "Authorization", parent).statusCode());
        assertEquals(400, Api.get("/api/v1/finance/exports/invoices.csv?from=" + TODAY + "&to=" + TODAY.minusDays(1),
                "Authorization", FINANCE).statusCode());

        // a late session: running the month again bills only it (nothing twice, the credited line not again)
        long late;
        try (Connection db = ItEnvironment.database()) {
            late = S[5] = session(db, canteen, MONTH.atDay(20));
            mark(db, late, eldest, h100, book(db, late, eldest, h100), "PRESENT");
        }
        JsonObject rerun = Api.json(Api.postJson("/api/v1/finance/runs", run("IT_FACT", MONTH), "Authorization", FINANCE));
        long rerunId = rerun.getJsonObject("run").getJsonNumber("id").longValue();
        assertTrue(rerunId != runId);
        assertEquals(Map.of(h100, 200L), totals(rerun), rerun.toString());
        assertEquals(List.of(late), household(rerun, h100).getJsonArray("lines").stream()
                .map(l -> l.asJsonObject().getJsonNumber("sessionId").longValue()).toList());
        JsonArray second = Api.json(validate(rerunId, true)).getJsonArray("invoices");
        assertEquals(List.of(5), numbers("IT_FACT", second));
        assertEquals(2, array(Api.get("/api/v1/invoices", "Authorization", parent)).size());
    }

    @Test
    void validationsRunningAtOnceNeverDuplicateOrSkipANumberAndARunIsValidatedOnce() throws Exception {
        long care;
        List<YearMonth> months = List.of(MONTH, MONTH.minusMonths(1), MONTH.minusMonths(2));
        try (Connection db = ItEnvironment.database()) {
            care = activity(db, "Garderie Facturation", "IT_FACT2");
            long grid = one(db, "insert into price_grid (activity_id, valid_from, created_at) values (" + care + ", '2020-01-01', " + Sql.now() + ") returning id");
            update(db, "insert into price_band (grid_id, position, qf_from, qf_to, resident_cents, non_resident_cents) values ("
                    + grid + ", 1, 0, null, 150, 150)");
            for (YearMonth month : months) {
                long session = session(db, care, month.atDay(10));
                for (int f = 110; f < 120; f++) {
                    long household = householdOf(db, "famille" + f + "@example.net");
                    long child = one(db, "select min(child_id) from household_child where household_id = " + household);
                    mark(db, session, child, household, book(db, session, child, household), "PRESENT");
                }
            }
        }
        List<Long> runs = new ArrayList<>();
        for (YearMonth month : months) {
            runs.add(Api.json(Api.postJson("/api/v1/finance/runs", run("IT_FACT2", month), "Authorization", FINANCE))
                    .getJsonObject("run").getJsonNumber("id").longValue());
        }
        // three months of one régie (one counter) at once, and the first run a second time
        List<Long> calls = new ArrayList<>(runs);
        calls.add(runs.get(0));
        CyclicBarrier start = new CyclicBarrier(calls.size());
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (long run : calls) {
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return validate(run, false);
                };
                answers.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> a : answers) {
                statuses.add(a.get().statusCode());
            }
            assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(1, statuses.stream().filter(s -> s == 400).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        List<Integer> numbers = new ArrayList<>();
        try (Connection db = ItEnvironment.database();
             PreparedStatement s = db.prepareStatement("select number from invoice where regie_code = 'IT_FACT2' order by number");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                numbers.add(number("IT_FACT2", rs.getString(1)));
            }
        }
        assertEquals(IntStream.rangeClosed(1, 30).boxed().toList(), numbers);
        assertEquals(30, count("select last_number from document_counter where series = 'INVOICE' and regie_code = 'IT_FACT2'"));
    }

    @Test
    void financeRunsTheMonthOnItsPageAndTheParentSeesTheInvoice() throws SQLException {
        long household;
        try (Connection db = ItEnvironment.database()) {
            long activity = activity(db, "Centre Facturation", "IT_FACT3");
            long grid = one(db, "insert into price_grid (activity_id, valid_from, created_at) values (" + activity + ", '2020-01-01', " + Sql.now() + ") returning id");
            update(db, "insert into price_band (grid_id, position, qf_from, qf_to, resident_cents, non_resident_cents) values ("
                    + grid + ", 1, 0, null, 850, 850)");
            long session = session(db, activity, MONTH.atDay(12));
            household = householdOf(db, "famille120@example.net");
            long child = one(db, "select min(child_id) from household_child where household_id = " + household);
            book(db, session, child, household);
            // famille130: an invoice 70 days past due (may go to the treasury) and one 10 days past due (to remind)
            update(db, "insert into regie (code, name) values ('IT_FACT5', 'Régie des tests des relances') on conflict do nothing");
            long h130 = householdOf(db, "famille130@example.net");
            long run = one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices, total_cents)"
                    + " values ('IT_FACT5', '" + MONTH.minusMonths(3).atDay(1) + "', 'VALIDATED', " + Sql.now() + ", " + Sql.now() + ", 2, 2000) returning id");
            for (String[] i : new String[][] {{"OLD-IT_FACT5-000001", "70"}, {"LATE-IT_FACT5-000002", "10"}}) {
                update(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name, issued_on,"
                        + " due_on, total_cents, published_at) values ('" + i[0] + "', " + run + ", 'IT_FACT5', '"
                        + MONTH.minusMonths(3).atDay(1) + "', " + h130 + ", 'Famille 130', '" + TODAY.minusDays(100) + "', '"
                        + TODAY.minusDays(Long.parseLong(i[1])) + "', 1000, " + Sql.now() + ")");
            }
        }
        browser.driver.manage().deleteAllCookies();
        browser.open("/login.xhtml");
        signIn("finance@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/finance/home.xhtml");
        browser.assertAccessible("the finance home with its links");
        browser.submit(browser.driver.findElement(By.id("runsLink")));
        assertEquals("Facturation", browser.heading());
        browser.assertAccessible("the invoicing runs");
        new Select(browser.find("regie")).selectByValue("IT_FACT3");
        browser.type("month", MONTH.toString());
        browser.submit("createRun");
        assertTrue(browser.text().contains("Aperçu prêt"), browser.text());
        assertTrue(browser.find("previewHouseholds").getText().contains("8,50"), browser.text());
        assertTrue(browser.find("anomalies").getText().contains("pointage manquant"), browser.text());
        browser.assertAccessible("a run's preview");
        browser.submit("validateRun");
        assertTrue(browser.text().contains("confirmez"), browser.text());
        browser.click(browser.driver.findElement(By.cssSelector("label[for='confirmUnmarked']")));
        browser.submit("validateRun");
        assertTrue(browser.text().contains("1 facture(s) publiée(s)"), browser.text());
        String number = YEAR + "-IT_FACT3-000001";

        // a credit note from the invoice's page: more than the line is refused, then 2,50 € is credited
        browser.submit(browser.driver.findElement(By.linkText(number)));
        assertTrue(browser.find("invoiceLines").getText().contains("8,50"), browser.text());
        browser.assertAccessible("an invoice for finance staff");
        browser.type("amount", "9,00");
        browser.type("reason", "Tarif corrigé");
        browser.submit("issueCredit");
        assertTrue(browser.find("amount-error").getText().contains("dépasse"), browser.text());
        browser.type("amount", "2,50");
        browser.type("reason", "Tarif corrigé");
        browser.submit("issueCredit");
        assertTrue(browser.text().contains("Avoir " + YEAR + "-AV-IT_FACT3-000001 établi"), browser.text());
        assertTrue(browser.find("creditNotes").getText().contains("Tarif corrigé"), browser.text());
        browser.submit("householdStatement");
        assertTrue(browser.find("statementBalance").getText().contains("6,00"), browser.text());
        browser.assertAccessible("a household's account statement");
        browser.open("/finance/home.xhtml");
        browser.submit(browser.driver.findElement(By.id("invoicesLink")));
        browser.open("/finance/invoices.xhtml?regieCode=IT_FACT3");
        assertTrue(browser.find("foundInvoices").getText().contains(number), browser.text());
        browser.assertAccessible("the invoice search");

        // the treasury transfer page lists the invoice past the delay only; the checked one is sent with its reference
        browser.open("/finance/home.xhtml");
        browser.submit(browser.driver.findElement(By.id("treasuryLink")));
        String eligible = browser.find("eligibleInvoices").getText();
        assertTrue(eligible.contains("OLD-IT_FACT5-000001") && !eligible.contains("LATE-IT_FACT5"), eligible);
        browser.assertAccessible("the treasury transfer");
        long old = count("select id from invoice where number = 'OLD-IT_FACT5-000001'");
        browser.click(browser.driver.findElement(By.id("pick-" + old)));
        browser.type("reference", "Bordereau 7");
        browser.submit("sendToTreasury");
        assertTrue(browser.text().contains("1 facture(s) transmise(s)"), browser.text());
        assertFalse(browser.text().contains("OLD-IT_FACT5-000001"), browser.text());
        assertEquals(1, count("select count(*) from invoice_treasury_transfer where invoice_id = " + old
                + " and reference = 'Bordereau 7'"));
        // the reminders page sends the first reminder of the late invoice and lists it; none for the one sent to the treasury
        browser.open("/finance/home.xhtml");
        browser.submit(browser.driver.findElement(By.id("remindersLink")));
        browser.assertAccessible("the reminders page");
        browser.submit("sendReminders");
        String reminded = browser.find("sentReminders").getText();
        assertTrue(reminded.contains("LATE-IT_FACT5-000002") && reminded.contains("Première")
                && !reminded.contains("OLD-IT_FACT5"), reminded);
        browser.assertAccessible("the reminders sent");
        browser.submit("sendReminders");
        assertTrue(browser.find("remindersNone").isDisplayed(), "a reminder is sent once");

        browser.driver.manage().deleteAllCookies();
        browser.open("/login.xhtml");
        signIn("famille120@example.net", ItEnvironment.DEMO_PASSWORD);
        browser.open("/parent/home.xhtml");
        browser.assertAccessible("the parent home with the invoices card");
        browser.submit(browser.driver.findElement(By.id("invoicesLink")));
        assertTrue(List.of("Mes factures", "My invoices").contains(browser.heading()), browser.heading());
        assertTrue(browser.find("balance").getText().contains("6,00") || browser.find("balance").getText().contains("6.00"),
                browser.text());
        assertTrue(browser.find("invoicesTable").getText().contains(number), browser.text());
        String table = browser.find("invoicesTable").getText();
        assertTrue(table.contains("À payer") || table.contains("Unpaid"), table);
        browser.assertAccessible("the parent's invoices");
        browser.submit(browser.driver.findElement(By.partialLinkText(number)));
        assertTrue(browser.text().contains("Centre Facturation"), browser.text());
        assertTrue(browser.find("invoicePdf").getAttribute("href").endsWith("/pdf"));
        browser.assertAccessible("an invoice's detail");
        assertFalse(browser.text().contains("IT_FACT-"), "only the family's own invoices");
        // another household's invoice by its id: the not-found page
        long other = count("select min(id) from invoice where regie_code = 'IT_FACT'");
        browser.open("/parent/invoice.xhtml?id=" + other);
        assertFalse(browser.text().contains("IT_FACT-"), browser.text());
    }

    @Test
    void theDemoTownHasLastMonthsCanteenAndHolidayCentreInvoicedForTheDemoParent() throws SQLException {
        // last month's canteen days are invoiced at the régie PERISCOLAIRE, its holiday-centre days at LOISIRS;
        // a month has school days, holidays or both, so at least one of the two runs is there on any day
        YearMonth lastMonth = YearMonth.from(TODAY).minusMonths(1);
        Map<String, String> invoicedRegies = new TreeMap<>(Map.of("PERISCOLAIRE", "CANTEEN", "LOISIRS", "HOLIDAY_CENTRE"));
        invoicedRegies.entrySet().removeIf(r -> count("select count(*) from activity_session s join activity a"
                + " on a.id = s.activity_id where a.regie_code = '" + r.getKey() + "' and a.type = '" + r.getValue() + "'"
                + " and s.status = 'OPEN' and s.day between '" + lastMonth.atDay(1) + "' and '" + lastMonth.atEndOfMonth() + "'") == 0);
        assertFalse(invoicedRegies.isEmpty(), "neither a canteen nor a holiday-centre day in " + lastMonth);
        JsonArray mine = array(Api.get("/api/v1/invoices", "Authorization",
                Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD)));
        for (String regie : invoicedRegies.keySet()) {
            assertEquals(1, count("select count(*) from invoice_run where regie_code = '" + regie + "' and status = 'VALIDATED'"
                    + " and month = '" + lastMonth.atDay(1) + "'"), regie);
            assertTrue(mine.stream().map(JsonValue::asJsonObject)
                    .anyMatch(i -> i.getString("number").matches(YEAR + "-" + regie + "-\\d{6}")), regie + ": " + mine);
            assertEquals(10, count("select count(distinct i.household_id) from invoice i join household h on h.id = i.household_id"
                    + " join account a on a.id = h.billing_account_id where i.regie_code = '" + regie + "'"
                    + " and i.month = '" + lastMonth.atDay(1) + "' and a.email ~ '^famille35[0-9]@example\\.net$'"), regie);
        }
        assertEquals(0, count("select count(*) from outbox_mail where template = 'invoice-published'"
                + " and (recipient = 'parent@example.org' or recipient ~ '^famille35[0-9]@')"), "no mail at start-up");
    }

    @Test
    void anUnpaidInvoiceIsRemindedOnceAndGoesToTheTreasuryOnlyAfterTheDelay() throws SQLException {
        long old;
        long recent;
        long late;
        String parent = Api.basic("famille125@example.net", ItEnvironment.DEMO_PASSWORD);
        try (Connection db = ItEnvironment.database()) {
            update(db, "insert into regie (code, name) values ('IT_FACT4', 'Régie des tests du Trésor') on conflict do nothing");
            long household = householdOf(db, "famille125@example.net");
            long run = one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices, total_cents)"
                    + " values ('IT_FACT4', '" + MONTH.minusMonths(3).atDay(1) + "', 'VALIDATED', " + Sql.now() + ", " + Sql.now() + ", 2, 2000) returning id");
            old = invoice(db, run, household, "OLD-IT_FACT4-000001", TODAY.minusDays(100), TODAY.minusDays(70));
            recent = invoice(db, run, household, "NEW-IT_FACT4-000002", TODAY.minusDays(20), TODAY.plusDays(10));
            late = invoice(db, run, household, "LATE-IT_FACT4-000003", TODAY.minusDays(40), TODAY.minusDays(10));
        }
        String both = "{\"invoiceIds\": [" + old + ", " + recent + "], \"reference\": \"Bordereau 12\"}";
        assertEquals(403, Api.postJson("/api/v1/finance/treasury-transfers", both, "Authorization", parent).statusCode());
        HttpResponse<String> tooEarly = Api.postJson("/api/v1/finance/treasury-transfers", both, "Authorization", FINANCE);
        assertEquals(400, tooEarly.statusCode(), tooEarly.body());
        assertTrue(tooEarly.body().contains("invoiceIds[1]") && tooEarly.body().contains("NEW-IT_FACT4-000002"), tooEarly.body());
        assertEquals(0, count("select count(*) from invoice_treasury_transfer where invoice_id = " + old), "all or nothing");

        HttpResponse<String> sent = Api.postJson("/api/v1/finance/treasury-transfers", "{\"invoiceIds\": [" + old + "]}",
                "Authorization", FINANCE);
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(1, Api.json(sent).getInt("sent"));
        assertEquals(400, Api.postJson("/api/v1/finance/treasury-transfers", "{\"invoiceIds\": [" + old + "]}",
                "Authorization", FINANCE).statusCode());
        JsonArray mine = array(Api.get("/api/v1/invoices", "Authorization", parent));
        Map<String, String> statuses = mine.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(i -> i.getString("number"), i -> i.getString("status")));
        assertEquals(Map.of("OLD-IT_FACT4-000001", "SENT_TO_TREASURY", "NEW-IT_FACT4-000002", "UNPAID",
                "LATE-IT_FACT4-000003", "UNPAID"), statuses);

        // reminders: the invoice 10 days late gets its first reminder, once; none for the others
        assertEquals(403, Api.postJson("/api/v1/finance/reminders", "", "Authorization", parent).statusCode());
        HttpResponse<String> reminded = Api.postJson("/api/v1/finance/reminders", "", "Authorization", FINANCE);
        assertEquals(200, reminded.statusCode(), reminded.body());
        // at least this family's late invoice (another test's invoices may be due too when it stopped early)
        assertTrue(Api.json(reminded).getInt("sent") >= 1, reminded.body());
        assertEquals(0, Api.json(Api.postJson("/api/v1/finance/reminders", "", "Authorization", FINANCE)).getInt("sent"));
        assertEquals(1, count("select count(*) from invoice_reminder where invoice_id = " + late + " and level = 1 and sent_on = '"
                + TODAY + "'"));
        assertEquals(0, count("select count(*) from invoice_reminder where invoice_id in (" + old + ", " + recent + ")"));
        List<Mailbox.Mail> mails = Mailbox.await("famille125@example.net", 1);
        assertTrue(mails.stream().anyMatch(m -> m.subject().contains("LATE-IT_FACT4-000003") && m.body().contains("10")),
                mails.toString());
        try (Connection db = ItEnvironment.database()) {
            assertThrows(SQLException.class, () -> update(db, "delete from invoice_treasury_transfer where invoice_id = " + old));
        }

        // the town's optional rule: an invoice overdue by more than 5 days suspends the family's new bookings
        String admin = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        String agent = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
        long session;
        long child;
        long household;
        try (Connection db = ItEnvironment.database()) {
            session = one(db, "with a as (insert into activity (name, type, site_id, regie_code, start_time, end_time,"
                    + " default_capacity, created_at) select 'Stage de cirque " + System.nanoTime() + "', 'WEDNESDAY_CENTRE', id,"
                    + " 'LOISIRS', '14:00', '17:00', 10, " + Sql.now() + " from site where kind = 'LEISURE_CENTRE' order by id limit 1"
                    + " returning id) insert into activity_session (activity_id, day, start_time, end_time, capacity)"
                    + " select id, " + Sql.today() + " + 20, '14:00', '17:00', 10 from a returning id");
            household = householdOf(db, "famille125@example.net");
            child = one(db, "select child_id from household_child where household_id = " + household + " order by child_id limit 1");
        }
        String booking = "{\"items\":[{\"childId\":" + child + ",\"sessionId\":" + session + "}]}";
        assertEquals(403, Api.send(Api.request("/api/v1/admin/settings/overdue-booking-days").header("Authorization", parent)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"days\":5}"))).statusCode());
        assertEquals(400, Api.send(Api.request("/api/v1/admin/settings/overdue-booking-days").header("Authorization", admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"days\":0}"))).statusCode());
        try {
            assertEquals(200, Api.send(Api.request("/api/v1/admin/settings/overdue-booking-days").header("Authorization", admin)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"days\":5}"))).statusCode());
            HttpResponse<String> suspended = Api.postJson("/api/v1/bookings", booking, "Authorization", parent);
            assertEquals(400, suspended.statusCode(), suspended.body());
            assertTrue(suspended.body().contains("LATE-IT_FACT4-000003"), suspended.body());
            // the counter is not held by the rule
            HttpResponse<String> atCounter = Api.postJson("/api/v1/bookings", booking.replace("{\"items\"",
                    "{\"householdId\":" + household + ",\"items\""), "Authorization", agent);
            assertEquals(200, atCounter.statusCode(), atCounter.body());
            assertTrue(atCounter.body().contains("CONFIRMED"), atCounter.body());
        } finally {
            Api.send(Api.request("/api/v1/admin/settings/overdue-booking-days").header("Authorization", admin)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"days\":null}")));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static long invoice(Connection db, long run, long household, String number, LocalDate issued, LocalDate due)
            throws SQLException {
        return one(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name, issued_on, due_on,"
                + " total_cents, published_at) values ('" + number + "', " + run + ", 'IT_FACT4', '" + MONTH.minusMonths(3).atDay(1)
                + "', " + household + ", 'Test', '" + issued + "', '" + due + "', 1000, " + Sql.now() + ") returning id");
    }


    private static HttpResponse<byte[]> bytes(String path, String auth) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(Api.request(path)
                    .header("Authorization", auth).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String run(String regie, YearMonth month) {
        return Json.createObjectBuilder().add("regieCode", regie).add("month", month.toString()).build().toString();
    }

    private static String credit(long invoice, long line, int cents) {
        return Json.createObjectBuilder().add("invoiceId", invoice).add("reason", "Certificat médical reçu après facturation")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("invoiceLineId", line)
                        .add("amountCents", cents))).build().toString();
    }

    private static HttpResponse<String> validate(long run, boolean confirmUnmarked) {
        return Api.postJson("/api/v1/finance/runs/" + run + "/validation",
                Json.createObjectBuilder().add("confirmUnmarked", confirmUnmarked).build().toString(), "Authorization", FINANCE);
    }

    private static Map<Long, Long> totals(JsonObject preview) {
        return preview.getJsonArray("households").stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                h -> h.getJsonNumber("householdId").longValue(), h -> h.getJsonNumber("totalCents").longValue(),
                (a, b) -> a, TreeMap::new));
    }

    private static JsonObject household(JsonObject preview, long household) {
        return preview.getJsonArray("households").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getJsonNumber("householdId").longValue() == household).findFirst()
                .orElseThrow(() -> new AssertionError("household " + household + " not in " + preview));
    }

    private static JsonObject line(JsonObject invoice, long session, long child) {
        return invoice.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("sessionId").longValue() == session && l.getJsonNumber("childId").longValue() == child)
                .findFirst().orElseThrow(() -> new AssertionError("no line " + session + "/" + child + " in " + invoice));
    }

    private static long idOf(JsonArray issued, long household) {
        return issued.stream().map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("householdId").longValue() == household)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String numberOf(JsonArray issued, long household) {
        return issued.stream().map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("householdId").longValue() == household)
                .findFirst().orElseThrow().getString("number");
    }

    private static List<Integer> numbers(String regie, JsonArray issued) {
        return issued.stream().map(i -> number(regie, i.asJsonObject().getString("number"))).sorted().toList();
    }

    /** The counter of "2026-IT_FACT-000003" (3), checking the format. */
    private static int number(String regie, String number) {
        assertTrue(number.matches(YEAR + "-" + regie + "-\\d{6}"), number);
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static long activity(Connection db, String name, String regie) throws SQLException {
        return one(db, "insert into activity (name, type, site_id, regie_code, start_time, end_time, default_capacity, created_at)"
                + " values ('" + name + "', 'CANTEEN', " + site + ", '" + regie + "', '11:30', '13:30', 50, " + Sql.now() + ") returning id");
    }

    private static long session(Connection db, long activity, LocalDate day) throws SQLException {
        return one(db, "insert into activity_session (activity_id, day, start_time, end_time, capacity) values ("
                + activity + ", '" + day + "', '11:30', '13:30', 50) returning id");
    }

    private static long householdOf(Connection db, String email) throws SQLException {
        return one(db, "select h.id from household h join account a on a.id = h.billing_account_id where a.email = '" + email + "'");
    }

    private static long child(Connection db, long household, String firstName, String birth) throws SQLException {
        long child = one(db, "insert into child (first_name, last_name, birth_date, created_at) values ('" + firstName + "', 'Facturation', '"
                + birth + "', " + Sql.now() + ") returning id");
        update(db, "insert into household_child (household_id, child_id, linked_at) values (" + household + ", " + child + ", " + Sql.now() + ")");
        return child;
    }

    private static Long book(Connection db, long session, long child, long household) throws SQLException {
        long booking = one(db, "insert into booking (session_id, child_id, household_id, status, requested_at, confirmed_at)"
                + " values (" + session + ", " + child + ", " + household + ", 'CONFIRMED', " + Sql.now() + ", " + Sql.now() + ") returning id");
        update(db, "update activity_session set confirmed = confirmed + 1 where id = " + session);
        return booking;
    }

    private static void mark(Connection db, long session, long child, long household, Long booking, String status)
            throws SQLException {
        update(db, "insert into attendance (session_id, child_id, booking_id, household_id, status, marked_by_name, marked_at)"
                + " values (" + session + ", " + child + ", " + booking + ", " + household + ", '" + status + "', 'Test', " + Sql.now() + ")");
    }
}

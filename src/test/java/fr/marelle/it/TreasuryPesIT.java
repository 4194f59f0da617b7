package fr.marelle.it;

import fr.marelle.treasury.control.PesSchema;
import fr.marelle.treasury.control.PesText;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.marelle.it.Sql.count;
import static fr.marelle.it.Sql.one;
import static fr.marelle.it.Sql.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PES V2 ORMC cycle (issue 18): treasury settings, the file of a validated run checked against our schema
 * (the demo town's month, left as found, and runs of the régies IT_PES and IT_PES2 written by SQL for
 * famille65 … famille69), numbering per exercise and budget under concurrent exports, the accountant's
 * acknowledgement accepted and rejected, and what finance staff and the family then see; famille310 moved to
 * Belgium with a civility (régie IT_PES3, a budget of its own).
 */
class TreasuryPesIT extends BrowserITBase {

    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final LocalDate TODAY = ItEnvironment.today();
    private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(2);
    private static final int YEAR = TODAY.getYear();
    /** The budget of the test régies: a collectivity code no other test uses. */
    private static final String BUDGET = "{\"idPost\":\"049099\",\"idColl\":\"21490100100013\",\"codCol\":\"977\",\"codBud\":\"00\","
            + "\"dgfipPrints\":false,\"products\":{\"CANTEEN\":{\"codProdLoc\":\"cant\",\"nature\":\"588\"},"
            + "\"EVENING_CARE\":{\"codProdLoc\":\"PERI\",\"nature\":\"588\"},\"MORNING_CARE\":{\"codProdLoc\":\"PERI\",\"nature\":\"588\"}}}";

    private static long runA;
    private static long runB;
    private static long invoice65;
    private static long invoice66;
    private static long invoice67;
    private static long invoice68;
    private static long invoice69;
    private static long runAbroad;

    @BeforeAll
    static void runsOfTheirOwn() throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            update(db, "insert into regie (code, name) values ('IT_PES', 'Régie des tests PES'), ('IT_PES2', 'Autre régie des tests PES')"
                    + " on conflict do nothing");
            runA = run(db, "IT_PES");
            runB = run(db, "IT_PES2");
            long canteen = one(db, "select min(s.id) from activity_session s join activity a on a.id = s.activity_id where a.type = 'CANTEEN'");
            long care = one(db, "select min(s.id) from activity_session s join activity a on a.id = s.activity_id"
                    + " where a.type in ('EVENING_CARE', 'MORNING_CARE')");
            invoice65 = invoice(db, runA, "IT_PES", 1, "famille65@example.net", new long[][]{{canteen, 410}, {care, 250}, {canteen, 410}});
            invoice66 = invoice(db, runA, "IT_PES", 2, "famille66@example.net", new long[][]{{canteen, 0}});
            invoice67 = invoice(db, runA, "IT_PES", 3, "famille67@example.net", new long[][]{{care, 1890}});
            invoice68 = invoice(db, runA, "IT_PES", 4, "famille68@example.net", new long[][]{{canteen, 820}});
            invoice69 = invoice(db, runB, "IT_PES2", 1, "famille69@example.net", new long[][]{{canteen, 1230}});
            update(db, "insert into regie (code, name) values ('IT_PES3', 'Régie des tests PES à l’étranger') on conflict do nothing");
            runAbroad = run(db, "IT_PES3");
            invoice(db, runAbroad, "IT_PES3", 1, "famille310@example.net", new long[][]{{canteen, 575}});
            update(db, "insert into invoice_treasury_transfer (invoice_id, sent_on, sent_at, reference) values (" + invoice68 + ", "
                    + Sql.today() + ", " + Sql.now() + ", 'by hand')");
        }
    }

    @AfterAll
    static void demoRunAsFound() {
        // the demo month's run stays as the other classes know it: its PES files go, its invoices were never handed over
        Sql.update("delete from pes_export where run_id in (select id from invoice_run where regie_code = 'PERISCOLAIRE')");
    }

    @Test
    void theAdministratorSetsEachRegiesBudgetAndWrongValuesAreRefusedOneByOne() {
        String before = stored("IT_PES");
        HttpResponse<String> wrong = put("IT_PES", "{\"idPost\":\"4909\",\"idColl\":\"21490100100014\",\"codCol\":\"97\",\"codBud\":\"a\","
                + "\"products\":{\"CANTEEN\":{\"codProdLoc\":\"CANTINE\",\"nature\":\"58X\"},\"PONY\":{\"codProdLoc\":\"P\",\"nature\":\"1\"}}}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        List<String> fields = Api.json(wrong).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(java.util.Set.of("idPost", "idColl", "codCol", "codBud", "products.CANTEEN.codProdLoc", "products.CANTEEN.nature",
                "products.PONY"), java.util.Set.copyOf(fields));
        assertEquals(7, fields.size());
        assertTrue(wrong.body().contains("clé de contrôle"), wrong.body());
        assertEquals(before, stored("IT_PES"), "nothing saved");

        configure();
        JsonObject itPes = Api.array(Api.ok(Api.get("/api/v1/admin/treasury/budgets", "Authorization", ADMIN))).getValuesAs(JsonObject.class)
                .stream().filter(b -> b.getString("regieCode").equals("IT_PES")).findFirst().orElseThrow();
        assertTrue(itPes.getBoolean("configured"));
        assertEquals("CANT", itPes.getJsonObject("products").getJsonObject("CANTEEN").getString("codProdLoc"), "stored in upper case");
        assertTrue(count("select count(*) from audit_entry where action = 'treasury.budget.changed' and object_id = 'IT_PES'") >= 1);
    }

    @Test
    void theDemoMonthGivesAFileOurSchemaAcceptsWithOneArticlePerInvoiceLeftToCollect() {
        long demoRun = count("select id from invoice_run where regie_code = 'PERISCOLAIRE' and status = 'VALIDATED'"
                + " and month = '" + YearMonth.from(TODAY).minusMonths(1).atDay(1) + "'");
        HttpResponse<String> file = Api.get("/api/v1/finance/runs/" + demoRun + "/pes-ormc.xml", "Authorization", FINANCE);
        assertEquals(200, file.statusCode(), file.body());
        assertEquals("application/xml;charset=iso-8859-1", file.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"PESORMC_00100_" + YEAR + "_\\d+\\.xml\""),
                file.headers().toString());
        byte[] xml = file.body().getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), PesSchema.problems(xml));
        String text = file.body();
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"), text);
        // famille350 … famille352 paid theirs at the counter: out; famille353 paid half: the rest goes in
        long toCollect = count("select count(*) from invoice i where i.run_id = " + demoRun + " and i.total_cents"
                + " - coalesce((select sum(total_cents) from credit_note c where c.invoice_id = i.id), 0)"
                + " - coalesce((select sum(amount_cents) from payment_allocation a where a.invoice_id = i.id), 0) > 0");
        assertTrue(toCollect > 0);
        assertTrue(text.contains("<NbrPce V=\"" + toCollect + "\"/>"), text);
        assertFalse(text.replaceAll("<NomFic V=\"[^\"]*\"/>", "").matches("(?s).*V=\"[^\"]*[a-zà-ÿ][^\"]*\".*"), "upper case only");
    }

    @Test
    void exportsAreNumberedPerExerciseAndBudgetOnceEvenWhenAskedAtTheSameTime() throws Exception {
        configure();
        CyclicBarrier start = new CyclicBarrier(3);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<HttpResponse<String>>> calls = List.of(() -> export(start, runA), () -> export(start, runA), () -> export(start, runB));
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            answers.forEach(a -> assertEquals(200, a.statusCode(), a.body()));
            assertEquals(answers.get(0).body(), answers.get(1).body(), "the same run gives the same file");
            assertEquals(1, count("select count(*) from pes_export where run_id = " + runA));
            long a = bordereau(runA);
            long b = bordereau(runB);
            assertNotEquals(a, b, "one budget, one series");
            assertEquals(Math.max(a, b), count("select last_number from pes_bordereau_counter where cod_col = '977' and exercise = " + YEAR));
            String fileA = answers.get(0).body();
            assertEquals(List.of(), PesSchema.problems(fileA.getBytes(StandardCharsets.ISO_8859_1)));
            // famille65: two sub-articles, canteen 8.20 and care 2.50; famille67 care 18.90; nothing for 66 (zero) and 68 (handed over by hand)
            assertTrue(fileA.contains("<NbrPce V=\"2\"/><MtBordHt V=\"29.60\"/>"), fileA);
            assertTrue(fileA.contains("<CodProdLoc V=\"CANT\"/><Nature V=\"588\"/><Majo V=\"0\"/><TvaIntraCom V=\"0\"/><MtHT V=\"8.20\"/>"), fileA);
            assertTrue(fileA.contains("<CodProdLoc V=\"PERI\"/><Nature V=\"588\"/><Majo V=\"0\"/><TvaIntraCom V=\"0\"/><MtHT V=\"2.50\"/>"), fileA);
            assertTrue(fileA.contains("<NumDette V=\"" + YEAR + "000001\"/>"), fileA);
            assertTrue(fileA.contains("<RefTiers V=\"FAM" + count("select household_id from invoice where id = " + invoice65) + "\"/>"), fileA);
            JsonObject exports = Api.json(Api.ok(Api.get("/api/v1/finance/runs/" + runA + "/pes-exports", "Authorization", FINANCE)));
            JsonObject latest = exports.getJsonArray("exports").getJsonObject(0);
            assertEquals(a, latest.getInt("bordereau"));
            assertTrue(List.of("SENT", "ACCEPTED").contains(latest.getString("status")), latest.toString());
            assertEquals(2, latest.getJsonArray("invoices").size());
            List<String> leftOut = exports.getJsonArray("leftOut").getValuesAs(JsonObject.class).stream()
                    .map(l -> l.getString("invoiceNumber")).toList();
            assertTrue(leftOut.containsAll(List.of(YEAR + "-ITPES-000002", YEAR + "-ITPES-000004")), leftOut.toString());
            assertEquals(count("select count(*) from pes_export where run_id in (" + runA + ", " + runB + ")"),
                    count("select count(*) from audit_entry where action = 'treasury.pes.exported' and object_id in"
                    + " (select id::text from pes_export where run_id in (" + runA + ", " + runB + "))"), "each export audited");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAcceptedRoleHandsItsInvoicesToTheTreasuryAndTheFamilyIsToldWhereToPay() throws Exception {
        configure();
        Api.ok(Api.get("/api/v1/finance/runs/" + runA + "/pes-ormc.xml", "Authorization", FINANCE));
        long bordereau = bordereau(runA);
        HttpResponse<String> answer = acknowledge(acquit(bordereau, "1", ""));
        JsonArray outcomes = Api.array(answer);
        assertEquals("ACCEPTED", outcomes.getJsonObject(0).getString("status"));
        assertTrue(outcomes.getJsonObject(0).getBoolean("changed"));
        assertEquals(2, count("select count(*) from invoice_treasury_transfer where invoice_id in (" + invoice65 + ", " + invoice67 + ")"));
        assertEquals(0, count("select count(*) from invoice_treasury_transfer where invoice_id = " + invoice66));
        // read again: nothing changes
        assertFalse(Api.array(acknowledge(acquit(bordereau, "1", ""))).getJsonObject(0).getBoolean("changed"));
        assertEquals(1, count("select count(*) from audit_entry where action = 'treasury.pes.acknowledged' and object_id ="
                + " (select id::text from pes_export where run_id = " + runA + ")"));
        // the family can no longer pay it on the portal, and reads where to pay it
        String parent = Api.basic("famille65@example.net", ItEnvironment.DEMO_PASSWORD);
        JsonObject mine = Api.array(Api.ok(Api.get("/api/v1/invoices", "Authorization", parent))).getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == invoice65).findFirst().orElseThrow();
        assertEquals("SENT_TO_TREASURY", mine.getString("status"));
        browser.driver.manage().deleteAllCookies();
        signIn("famille65@example.net", ItEnvironment.DEMO_PASSWORD);
        browser.open("/parent/invoice.xhtml?id=" + invoice65);
        String notice = browser.find("treasuryNotice").getText();
        assertTrue(notice.startsWith("À payer au Trésor public"), notice);
        assertTrue(notice.contains("rôle n° " + bordereau + " de " + YEAR + ", article n° 1"), notice);
        browser.assertAccessible("/parent/invoices.xhtml with a treasury notice");
        browser.assertNoCspViolation("/parent/invoices.xhtml with a treasury notice");
    }

    @Test
    void aRejectionReadOnTheFinancePageShowsItsCodesAndTheRunGetsANewNumber() throws Exception {
        configure();
        Api.ok(Api.get("/api/v1/finance/runs/" + runB + "/pes-ormc.xml", "Authorization", FINANCE));
        long first = bordereau(runB);
        Path file = Files.createTempFile("acquit", ".xml");
        Files.writeString(file, acquit(first, "0", "<Erreur><NumAnoAck V=\"ERREUR_CODE_COLLECTIVITE_BUDGET\"/>"
                + "<LibelleAnoAck V=\"Budget inconnu\"/></Erreur><DetailPiece><NumPiece V=\"1\"/><Erreur>"
                + "<NumAnoAck V=\"ERREUR_CODIFICATION\"/></Erreur></DetailPiece>"), StandardCharsets.ISO_8859_1);
        browser.driver.manage().deleteAllCookies();
        signIn("finance@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/finance/runs.xhtml?run=" + runB);
        browser.find("acknowledgement").sendKeys(file.toAbsolutePath().toString());
        browser.submit("importAcknowledgement");
        String page = browser.find("pesExports").getText();
        assertTrue(browser.text().contains("rejeté par le comptable"), browser.text());
        assertTrue(page.contains("Rejeté"), page);
        assertTrue(page.contains("ERREUR_CODE_COLLECTIVITE_BUDGET : Budget inconnu"), page);
        assertTrue(page.contains("ERREUR_CODIFICATION – article 1"), page);
        browser.assertAccessible("/finance/runs.xhtml with a rejected PES file");
        browser.assertNoCspViolation("/finance/runs.xhtml with a rejected PES file");
        assertEquals("UNPAID", Api.json(Api.ok(Api.get("/api/v1/finance/invoices/" + invoice69, "Authorization", FINANCE)))
                .getJsonObject("invoice").getString("status"));
        // exported again from the page, now with the DGFiP printing the notices: a new file, with a new number
        // and the invoice PDF attached; the rejected one stays listed
        Api.ok(put("IT_PES2", BUDGET.replace("\"dgfipPrints\":false", "\"dgfipPrints\":true")));
        browser.submit("exportPes");
        assertTrue(browser.text().contains("exporté"), browser.text());
        long second = bordereau(runB);
        assertTrue(second > first, first + " then " + second);
        assertEquals(2, count("select count(*) from pes_export where run_id = " + runB));
        String download = browser.find("downloadPes").getAttribute("href");
        assertTrue(download.endsWith("/api/v1/finance/runs/" + runB + "/pes-ormc.xml"), download);
        String withPdf = Api.ok(Api.get("/api/v1/finance/runs/" + runB + "/pes-ormc.xml", "Authorization", FINANCE)).body();
        configure();
        assertEquals(List.of(), PesSchema.problems(withPdf.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(withPdf.contains("<Edition V=\"06\"/>"), withPdf);
        assertTrue(withPdf.contains("<TypePJ V=\"010\"/></PJRef>"), withPdf);
        int start = withPdf.indexOf("<Fichier MIMEType=\"application/pdf\">") + "<Fichier MIMEType=\"application/pdf\">".length();
        assertTrue(start > 40, withPdf);
        byte[] gz = java.util.Base64.getDecoder().decode(withPdf.substring(start, withPdf.indexOf("</Fichier>", start)));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            assertTrue(new String(in.readNBytes(5), StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "the invoice PDF, gzipped");
        }
        // an acknowledgement of no file of ours, or not one at all, is refused and changes nothing
        HttpResponse<String> unknown = acknowledge(acquit(9_999_999, "1", ""));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("9999999"), unknown.body());
        HttpResponse<String> notXml = Api.send(Api.request("/api/v1/finance/pes-acknowledgements").header("Authorization", FINANCE)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("%PDF-1.7")));
        assertEquals(400, notXml.statusCode(), notXml.body());
        assertEquals("application/problem+json", Api.mediaType(notXml));
    }

    @Test
    void aPayerWhoMovedAbroadIsWrittenWithTheCountryTheForeignTownAndTheCivilityGiven() {
        Api.ok(put("IT_PES3", BUDGET.replace("\"codCol\":\"977\"", "\"codCol\":\"976\"")));
        String parent = Api.basic("famille310@example.net", ItEnvironment.DEMO_PASSWORD);
        JsonObject household = Api.json(Api.ok(Api.get("/api/v1/household", "Authorization", parent)));
        long me = household.getJsonArray("guardians").getJsonObject(0).getJsonNumber("accountId").longValue();
        String moved = "{\"name\":\"" + household.getString("name") + "\",\"addressLine1\":\"Rue Haute 12\",\"postcode\":\"1000\","
                + "\"city\":\"Bruxelles\",\"country\":\"99131\",\"civilities\":[{\"accountId\":" + me + ",\"civility\":\"M\"}]}";
        Api.ok(Api.send(Api.request("/api/v1/household").header("Authorization", parent).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(moved, StandardCharsets.UTF_8))));

        HttpResponse<String> file = Api.get("/api/v1/finance/runs/" + runAbroad + "/pes-ormc.xml", "Authorization", FINANCE);
        assertEquals(200, file.statusCode(), file.body());
        String text = file.body();
        assertEquals(List.of(), PesSchema.problems(text.getBytes(StandardCharsets.ISO_8859_1)));
        String lastName = PesText.text(Sql.text("select last_name from account where id = " + me), 38).orElseThrow();
        assertTrue(text.contains("<TypTiers V=\"01\"/><Civilite V=\"M\"/><Nom V=\"" + lastName + "\"/>"), text);
        assertTrue(text.contains("<Adr2 V=\"RUE HAUTE 12\"/><CP V=\"99999\"/><Ville V=\"1000 BRUXELLES\"/><CodRes V=\"0\"/>"
                + "<CodPays V=\"99131\"/></Adresse>"), text);
    }

    @Test
    void theAdministratorsPageShowsEachRegieAndExplainsAWrongSiret() {
        browser.driver.manage().deleteAllCookies();
        signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/admin/treasury.xhtml");
        browser.assertAccessible("/admin/treasury.xhtml");
        browser.assertNoCspViolation("/admin/treasury.xhtml");
        browser.type("idPost-IT_PES2", "049099");
        browser.type("idColl-IT_PES2", "214 901 001 00014");
        browser.type("codCol-IT_PES2", "978");
        browser.type("codBud-IT_PES2", "00");
        browser.submit("saveBudget-IT_PES2");
        assertTrue(browser.text().contains("Ce SIRET n’est pas valide"), browser.text());
        browser.type("idColl-IT_PES2", "214 901 001 00013");
        browser.type("codProdLoc-IT_PES2-CANTEEN", "cant");
        browser.type("nature-IT_PES2-CANTEEN", "588");
        browser.submit("saveBudget-IT_PES2");
        assertTrue(browser.text().contains("enregistrés"), browser.text());
        assertEquals("978", browser.driver.findElement(By.id("codCol-IT_PES2")).getAttribute("value"));
        assertEquals("CANT", browser.driver.findElement(By.id("codProdLoc-IT_PES2-CANTEEN")).getAttribute("value"));
        configure(); // back to the shared budget of the other tests
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Both test régies on one budget (idempotent: tests may run in any order). */
    private static void configure() {
        Api.ok(put("IT_PES", BUDGET));
        Api.ok(put("IT_PES2", BUDGET));
    }

    private static String stored(String regie) {
        try (Connection db = ItEnvironment.database(); var st = db.createStatement();
             var rs = st.executeQuery("select coalesce(string_agg(b.id_post || b.id_coll || b.cod_col || b.cod_bud || p.cod_prod_loc || p.nature, ','), '')"
                     + " from treasury_budget b left join treasury_product p on p.regie_code = b.regie_code where b.regie_code = '" + regie + "'")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> put(String regie, String json) {
        return Api.send(Api.request("/api/v1/admin/treasury/budgets/" + regie).header("Authorization", ADMIN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> export(CyclicBarrier start, long run) throws Exception {
        start.await();
        return Api.get("/api/v1/finance/runs/" + run + "/pes-ormc.xml", "Authorization", FINANCE);
    }

    /** The bordereau of the run's file that is not rejected. */
    private static long bordereau(long run) {
        return count("select bordereau from pes_export where run_id = " + run + " and status <> 'REJECTED'");
    }

    private static HttpResponse<String> acknowledge(String xml) {
        return Api.send(Api.request("/api/v1/finance/pes-acknowledgements").header("Authorization", FINANCE)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(xml.getBytes(StandardCharsets.ISO_8859_1))));
    }

    /** An acknowledgement of one bordereau of the test budget, as Hélios writes it. */
    private static String acquit(long bordereau, String etat, String errors) {
        return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<n:PES_ACQUIT xmlns:n=\"http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller\">"
                + "<Enveloppe><Parametres><Version V=\"2\"/><TypFic V=\"PESORMC\"/><NomFic V=\"PESORMC_97700_" + YEAR + "_" + bordereau + ".xml\"/>"
                + "</Parametres></Enveloppe><EnTetePES><DteStr V=\"" + TODAY + "\"/><IdPost V=\"049099\"/><IdColl V=\"21490100100013\"/>"
                + "<CodCol V=\"977\"/><CodBud V=\"00\"/></EnTetePES><ACQUIT><EnTeteAcquit><IdVer V=\"2\"/></EnTeteAcquit>"
                + "<ElementACQUIT><DomaineAck V=\"6\"/><EtatAck V=\"" + etat + "\"/><NumBord V=\"" + bordereau + "\"/>"
                + "<ExerciceBord V=\"" + YEAR + "\"/>" + errors + "</ElementACQUIT></ACQUIT></n:PES_ACQUIT>";
    }

    private static long run(Connection db, String regie) throws SQLException {
        return one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices, total_cents)"
                + " values ('" + regie + "', '" + MONTH.atDay(1) + "', 'VALIDATED', " + Sql.now() + ", " + Sql.now() + ", 0, 0) returning id");
    }

    /** An invoice of the household of {@code email}, one line per {session, cents}, for a child of its own. */
    private static long invoice(Connection db, long run, String regie, int n, String email, long[][] lines) throws SQLException {
        long household = one(db, "select h.id from household h join account a on a.id = h.billing_account_id where a.email = '" + email + "'");
        long child = one(db, "insert into child (first_name, last_name, birth_date, created_at) values ('Élodie', 'Trésor', '2018-05-04', "
                + Sql.now() + ") returning id");
        update(db, "insert into household_child (household_id, child_id, linked_at) values (" + household + ", " + child + ", " + Sql.now() + ")");
        long total = 0;
        for (long[] l : lines) {
            total += l[1];
        }
        String number = YEAR + "-" + regie.replace("_", "") + "-" + String.format("%06d", n);
        long invoice = one(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name, issued_on, due_on,"
                + " total_cents, published_at) values ('" + number + "', " + run + ", '" + regie + "', '" + MONTH.atDay(1) + "', " + household
                + ", 'Famille " + household + "', '" + TODAY.minusDays(20) + "', '" + TODAY.plusDays(10) + "', " + total + ", " + Sql.now()
                + ") returning id");
        for (int i = 0; i < lines.length; i++) {
            update(db, "insert into invoice_line (invoice_id, position, household_id, session_id, child_id, child_name, activity_name, day,"
                    + " charge, amount_cents, price_cents, quotient_known, resident) select " + invoice + ", " + (i + 1) + ", " + household
                    + ", s.id, " + child + ", 'Élodie Trésor', a.name, s.day, 'BOOKED', " + lines[i][1] + ", " + lines[i][1] + ", true, true"
                    + " from activity_session s join activity a on a.id = s.activity_id where s.id = " + lines[i][0]);
        }
        return invoice;
    }
}

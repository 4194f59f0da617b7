package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.marelle.it.Sql.count;
import static fr.marelle.it.Sql.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEPA mandates (issue 18, item 3) for famille87 … famille90: the family asks with its account details (checked), gets
 * the form to sign, finance staff record the signed copy or the counter signature and activate; amendments, revocation
 * and a RUM never reused; the lapse after 36 months by the portal's clock; history and audit with the IBAN masked;
 * the family's and finance staff's pages with axe. famille91 … famille92: a run's whole cycle, settled by the nightly
 * job. famille21 … famille23: each régie's creditor in the treasury settings, the finance page of runs and the
 * families' pre-notification.
 */
class SepaMandateIT extends BrowserITBase {

    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final LocalDate TODAY = ItEnvironment.today();
    /** Valid French IBANs (mod-97 and RIB keys): two branches of one bank, and another bank. */
    private static final String BANK_A = "FR7630003012340001234567854";
    private static final String BANK_A_OTHER_BRANCH = "FR7630003003000000000000008";
    private static final String BANK_B = "FR1420041010050500013M02606";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @BeforeAll
    static void theTownOffersDirectDebit() {
        // the demo régies are set as creditors by the demo data; the tests' own régie gets the same creditor
        Sql.update("insert into regie (code, name) values ('IT_SDD', 'Régie des tests de prélèvement') on conflict do nothing");
        Sql.update("insert into treasury_sepa_creditor (regie_code, ics, iban) values ('IT_SDD', 'FR72ZZZ123456',"
                + " 'FR7610278060000001234560112') on conflict do nothing");
    }

    @Test
    void aFamilyAsksWithCheckedDetailsAndFinanceActivatesTheSignedCopy() {
        String parent = parent("famille87");
        HttpResponse<String> wrong = request(parent, "{\"holder\":\"\",\"iban\":\"FR15 2004 1010 0505 0001 3M02 606\",\"bic\":\"AGRI\"}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("application/problem+json", Api.mediaType(wrong));
        assertTrue(wrong.body().contains("clé de contrôle"), wrong.body());
        List<String> fields = Api.json(wrong).getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        assertEquals(List.of("holder", "iban", "bic"), fields);
        assertEquals(0, count("select count(*) from sepa_mandate where household_id = " + household("famille87")));

        JsonObject mandate = Api.json(created(request(parent, "{\"holder\":\"Hélène Müller\",\"iban\":\"fr76 3000 3012 3400 0123 4567 854\"}")));
        long id = mandate.getJsonNumber("id").longValue();
        String rum = mandate.getString("rum");
        assertTrue(rum.matches("MARELLE-" + household("famille87") + "-\\d{6}"), rum);
        assertEquals("REQUESTED", mandate.getString("status"));
        assertEquals("FR76 •••• •••• 854", mandate.getString("iban"), "masked to the family");
        assertEquals("Helene Muller", mandate.getString("holder"));
        assertEquals(BANK_A, text("select iban from sepa_mandate where id = " + id), "stored whole");
        HttpResponse<String> again = request(parent, "{\"holder\":\"Martin\",\"iban\":\"" + BANK_B + "\"}");
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("déjà un mandat"), again.body());

        HttpResponse<byte[]> pdf = bytes(Api.request("/api/v1/household/sepa-mandates/" + id + "/pdf").header("Authorization", parent).GET());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(404, Api.get("/api/v1/household/sepa-mandates/" + id + "/pdf", "Authorization", parent("famille88")).statusCode(),
                "another household's mandate is unknown to it");
        assertEquals(404, Api.send(Api.request("/api/v1/household/sepa-mandates/" + id + "/revocation").header("Authorization", parent("famille88"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());

        JsonObject listed = Api.array(Api.ok(Api.get("/api/v1/finance/sepa-mandates?status=REQUESTED", "Authorization", FINANCE)))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(BANK_A, listed.getString("iban"), "whole to finance staff");

        HttpResponse<String> notAnImage = activate(id, TODAY.toString(), "not a scan".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notAnImage.statusCode(), notAnImage.body());
        assertTrue(notAnImage.body().contains("signedCopy"), notAnImage.body());
        HttpResponse<String> tomorrow = activate(id, TODAY.plusDays(1).toString(), PNG);
        assertEquals(400, tomorrow.statusCode(), tomorrow.body());
        assertTrue(tomorrow.body().contains("signedOn"), tomorrow.body());
        JsonObject active = Api.json(Api.ok(activate(id, TODAY.toString(), PNG)));
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals("UPLOAD", active.getString("signature"));
        assertEquals("FRST", active.getString("nextSequence"));
        assertEquals(TODAY.plusMonths(36).toString(), active.getString("lapsesOn"));
        HttpResponse<byte[]> copy = bytes(Api.request("/api/v1/finance/sepa-mandates/" + id + "/signed-copy").header("Authorization", FINANCE).GET());
        assertEquals(200, copy.statusCode());
        assertEquals("image/png", copy.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(PNG, copy.body());

        // the household's history and the audit trail, neither with the whole IBAN
        long household = household("famille87");
        assertEquals(1, count("select count(*) from household_change where household_id = " + household
                + " and field = 'sepaMandate.status' and old_value = 'REQUESTED' and new_value = 'ACTIVE'"));
        assertEquals(2, count("select count(*) from audit_entry where object_type = 'sepaMandate' and object_id = '" + id + "'"));
        assertEquals(0, count("select count(*) from audit_entry where object_type = 'sepaMandate' and object_id = '" + id + "'"
                + " and after_json::text like '%" + BANK_A.substring(10) + "%'"));
    }

    @Test
    void aChangeOfAccountIsAnAmendmentAndARevokedMandatesRumIsNeverGivenAgain() {
        String parent = parent("famille88");
        long id = Api.json(created(request(parent, "{\"holder\":\"Martin\",\"iban\":\"" + BANK_A + "\"}"))).getJsonNumber("id").longValue();
        Api.ok(activate(id, TODAY.toString(), null));
        assertEquals("COUNTER", text("select signature from sepa_mandate where id = " + id));
        Sql.update("update sepa_mandate set next_sequence = 'RCUR' where id = " + id); // as after a first debit

        JsonObject sameBank = Api.json(Api.ok(amend(parent, id, "{\"holder\":\"Martin\",\"iban\":\"" + BANK_A_OTHER_BRANCH + "\"}")));
        assertEquals("RCUR", sameBank.getString("nextSequence"));
        assertEquals(BANK_A, text("select amended_from_iban from sepa_mandate where id = " + id), "the next debit names the former IBAN");
        JsonObject otherBank = Api.json(Api.ok(amend(parent, id, "{\"holder\":\"Martin\",\"iban\":\"" + BANK_B + "\",\"bic\":\"PSSTFRPP\"}")));
        assertEquals("FRST", otherBank.getString("nextSequence"), "a new bank: a first debit again (SMNDA)");
        assertEquals("t", text("select amended_new_bank from sepa_mandate where id = " + id));
        assertEquals(400, amend(parent, id, "{\"holder\":\"Martin\",\"iban\":\"FR76\"}").statusCode());

        String rum = Api.json(Api.ok(Api.send(Api.request("/api/v1/household/sepa-mandates/" + id + "/revocation")
                .header("Authorization", parent).POST(HttpRequest.BodyPublishers.noBody())))).getString("rum");
        assertEquals("REVOKED", text("select status from sepa_mandate where id = " + id));
        assertEquals(400, Api.send(Api.request("/api/v1/household/sepa-mandates/" + id + "/revocation")
                .header("Authorization", parent).POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "already ended");
        JsonObject next = Api.json(created(request(parent, "{\"holder\":\"Martin\",\"iban\":\"" + BANK_B + "\"}")));
        assertNotEquals(rum, next.getString("rum"));
        assertEquals(2, Api.array(Api.ok(Api.get("/api/v1/household/sepa-mandates", "Authorization", parent))).size());
    }

    @Test
    void aMandateUnusedFor36MonthsLapsesTheNightOfTheDayByThePortalsClock() {
        String parent = parent("famille89");
        long id = Api.json(created(request(parent, "{\"holder\":\"Durand\",\"iban\":\"" + BANK_B + "\"}"))).getJsonNumber("id").longValue();
        Api.ok(activate(id, TODAY.toString(), null));
        // last debit presented 36 months ago tomorrow
        Sql.update("update sepa_mandate set last_collection_on = '" + TODAY.plusDays(1).minusMonths(36) + "' where id = " + id);
        assertEquals("ACTIVE", status(id));
        try {
            TestClock.forward(java.time.Duration.between(java.time.LocalDateTime.now(ItEnvironment.clock()), TODAY.plusDays(1).atTime(0, 30)));
            assertEquals("ACTIVE", status(id), "reading changes nothing: the night does it");
            nightPasses(TODAY.plusDays(1));
            awaitTrue(() -> "LAPSED".equals(text("select status from sepa_mandate where id = " + id)), "lapsed by the nightly job");
            assertEquals("LAPSED", Api.array(Api.ok(Api.get("/api/v1/household/sepa-mandates", "Authorization", parent)))
                    .getJsonObject(0).getString("status"));
            assertEquals(1, count("select count(*) from audit_entry where object_type = 'sepaMandate' and object_id = '" + id + "'"
                    + " and actor_email = 'system' and after_json->>'status' = 'LAPSED'"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void theFamilyAsksOnItsPageAndFinanceActivatesOnTheirs() {
        browser.driver.manage().deleteAllCookies();
        signIn("famille90@example.net", ItEnvironment.DEMO_PASSWORD);
        browser.open("/parent/direct-debit.xhtml");
        browser.assertAccessible("/parent/direct-debit.xhtml without a mandate");
        browser.type("holder", "Claire Petit");
        browser.type("iban", "FR76 3000 3012 3400 0123 4567 855");
        browser.submit("requestMandate");
        // the family's language is its account's: the messages are checked by their place, not their wording
        assertTrue(browser.find("iban-error").getText().contains("IBAN"), browser.text());
        browser.assertAccessible("/parent/direct-debit.xhtml with an error");
        browser.type("iban", "FR76 3000 3012 3400 0123 4567 854");
        browser.submit("requestMandate");
        String row = browser.find("mandates").getText();
        assertTrue(row.contains("FR76 •••• •••• 854"), row);
        assertFalse(row.contains("4567"), row);
        browser.find("signHint");
        browser.assertAccessible("/parent/direct-debit.xhtml with a mandate");
        browser.assertNoCspViolation("/parent/direct-debit.xhtml");
        long id = count("select id from sepa_mandate where household_id = " + household("famille90") + " and status = 'REQUESTED'");

        browser.driver.manage().deleteAllCookies();
        signIn("finance@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/finance/sepa-mandates.xhtml");
        browser.assertAccessible("/finance/sepa-mandates.xhtml");
        new Select(browser.find("mandateId")).selectByValue(String.valueOf(id));
        browser.submit("activateMandate");
        assertFalse(browser.find("signedOn-error").getText().isBlank(), browser.text());
        new Select(browser.find("mandateId")).selectByValue(String.valueOf(id));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find("signedOn"), TODAY.toString());
        browser.submit("activateMandate");
        assertEquals("ACTIVE", status(id));
        String table = browser.find("mandates").getText();
        assertTrue(table.contains("FR76 3000 3012 3400 0123 4567 854"), "whole to finance staff: " + table);
        browser.assertAccessible("/finance/sepa-mandates.xhtml after an activation");
        browser.assertNoCspViolation("/finance/sepa-mandates.xhtml");
    }

    /**
     * The whole cycle over the API for famille91 and famille92 on a régie of their own: two runs made at the same time
     * share the invoices out once; the pain.008 passes the ISO schema; sent, then settled on the due date by the
     * portal's clock; the bank's pain.002 and a reject entered by hand reverse the payments, the families are mailed,
     * the invoices are unpaid again and the mandate whose code says so is suspended.
     */
    @Test
    void aRunIsMadeOnceSentSettledOnItsDueDateAndItsRejectsUndoThePayments() throws Exception {
        long invoice91 = invoice("famille91", 1, 4080);
        long invoice92 = invoice("famille92", 2, 1234);
        long mandate91 = activeMandate("famille91", BANK_A);
        long mandate92 = activeMandate("famille92", BANK_B);

        LocalDate saturday = TODAY.plusDays(20).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        HttpResponse<String> weekend = createRun(saturday);
        assertEquals(400, weekend.statusCode(), weekend.body());
        assertTrue(weekend.body().contains("jour ouvré TARGET"), weekend.body());
        HttpResponse<String> tooSoon = createRun(fr.marelle.directdebit.control.TargetCalendar.onOrAfter(TODAY.plusDays(3)));
        assertEquals(400, tooSoon.statusCode(), tooSoon.body());
        LocalDate due = fr.marelle.directdebit.control.TargetCalendar.onOrAfter(TODAY.plusDays(15));

        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> made;
        try {
            java.util.concurrent.Callable<HttpResponse<String>> call = () -> {
                start.await();
                return createRun(due);
            };
            made = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(List.of(call, call))) {
                made.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        made.forEach(m -> assertEquals(201, m.statusCode(), m.body()));
        assertEquals(1, count("select count(*) from direct_debit where invoice_id = " + invoice91), "never debited twice");
        assertEquals(1, count("select count(*) from direct_debit where invoice_id = " + invoice92), "never debited twice");
        long run = count("select run_id from direct_debit where invoice_id = " + invoice91);
        assertEquals(run, count("select run_id from direct_debit where invoice_id = " + invoice92), "both in the first run made");

        String xml = Api.ok(Api.get("/api/v1/finance/direct-debit-runs/" + run + "/pain008.xml", "Authorization", FINANCE)).body();
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SepaMandateIT.class.getResource("/sepa/pain.008.001.02.xsd")).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
        String number91 = text("select number from invoice where id = " + invoice91);
        assertTrue(xml.contains("<EndToEndId>" + number91 + "</EndToEndId>"), xml);
        assertTrue(xml.contains("<SeqTp>FRST</SeqTp>"), xml);
        assertTrue(xml.contains("<ReqdColltnDt>" + due + "</ReqdColltnDt>"), xml);
        assertTrue(xml.contains("<NbOfTxs>2</NbOfTxs><CtrlSum>53.14</CtrlSum>"), xml);
        String csv = Api.ok(Api.get("/api/v1/finance/direct-debit-runs/" + run + "/debits.csv", "Authorization", FINANCE)).body();
        assertTrue(csv.contains("40.80") && csv.contains("PLANNED"), csv);
        assertEquals(400, rejects(run, "application/json", "[{\"endToEndId\":\"" + number91 + "\",\"reasonCode\":\"AM04\"}]").statusCode(),
                "nothing to reject before the file is sent");

        JsonObject sent = Api.json(Api.ok(Api.send(Api.request("/api/v1/finance/direct-debit-runs/" + run + "/sending")
                .header("Authorization", FINANCE).POST(HttpRequest.BodyPublishers.noBody()))));
        assertEquals("SENT", sent.getJsonObject("run").getString("status"));
        assertEquals("PENDING", sent.getJsonArray("debits").getJsonObject(0).getString("status"));
        assertEquals("RCUR", text("select next_sequence from sepa_mandate where id = " + mandate91), "the next debit is a recurrent one");
        assertEquals("UNPAID", invoiceStatus(invoice91), "not paid before the due date");
        browser.driver.manage().deleteAllCookies();
        signIn("famille91@example.net", ItEnvironment.DEMO_PASSWORD);
        browser.open("/parent/invoice.xhtml?id=" + invoice91);
        String notice = browser.find("directDebitNotice").getText();
        assertTrue(notice.startsWith("Cette facture sera prélevée le ") || notice.startsWith("This invoice will be debited on "), notice);
        assertTrue(notice.contains(String.valueOf(due.getYear())), notice);
        browser.assertAccessible("/parent/invoice.xhtml with a direct-debit notice");
        try {
            TestClock.forward(java.time.Duration.between(java.time.LocalDateTime.now(ItEnvironment.clock()), due.atTime(0, 30)));
            assertEquals("SENT", Api.json(Api.ok(Api.get("/api/v1/finance/direct-debit-runs/" + run, "Authorization", FINANCE)))
                    .getJsonObject("run").getString("status"), "reading changes nothing: the night does it");
            assertEquals("UNPAID", invoiceStatus(invoice91));
            LocalDate night = nightPasses(due);
            awaitTrue(() -> "SETTLED".equals(text("select status from direct_debit_run where id = " + run)), "settled by the nightly job");
            assertEquals(1, count("select count(*) from job_claim where job = 'direct-debit-night' and period = '" + night + "'"),
                    "one node ran the night");
            assertEquals("PAID", invoiceStatus(invoice91));
            assertEquals("PAID", invoiceStatus(invoice92));
            assertEquals(1, count("select count(*) from payment where household_id = " + household("famille91")
                    + " and means = 'DIRECT_DEBIT' and kind = 'PAYMENT' and received_on = '" + due + "'"));

            String pain002 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.03\">"
                    + "<CstmrPmtStsRpt><GrpHdr><MsgId>BANK-1</MsgId><CreDtTm>" + due + "T08:00:00</CreDtTm></GrpHdr>"
                    + "<OrgnlGrpInfAndSts><OrgnlMsgId>MARELLE-SDD-" + run + "</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId></OrgnlGrpInfAndSts>"
                    + "<OrgnlPmtInfAndSts><OrgnlPmtInfId>MARELLE-SDD-" + run + "-FRST</OrgnlPmtInfId><TxInfAndSts><OrgnlEndToEndId>" + number91
                    + "</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AM04</Cd></Rsn></StsRsnInf></TxInfAndSts></OrgnlPmtInfAndSts>"
                    + "</CstmrPmtStsRpt></Document>";
            JsonObject first = Api.array(Api.ok(rejects(run, "application/xml", pain002))).getJsonObject(0);
            assertTrue(first.getBoolean("changed"));
            assertFalse(first.getBoolean("mandateSuspended"), "one insufficient-funds reject: the mandate goes on");
            assertEquals("UNPAID", invoiceStatus(invoice91), "unpaid again");
            assertEquals(1, count("select count(*) from payment where household_id = " + household("famille91") + " and kind = 'REVERSAL'"));
            assertEquals("ACTIVE", text("select status from sepa_mandate where id = " + mandate91));
            // in the family's language: French or English
            Mailbox.Mail mail = Mailbox.awaitMatching("famille91@example.net", m -> m.subject().contains(number91));
            assertTrue(mail.body().contains("provision insuffisante") || mail.body().contains("insufficient funds"), mail.body());
            assertTrue(mail.body().contains("/parent/pay.xhtml"), mail.body());
            assertFalse(Api.array(Api.ok(rejects(run, "application/xml", pain002))).getJsonObject(0).getBoolean("changed"), "read again");

            JsonObject byHand = Api.array(Api.ok(rejects(run, "application/json", "[{\"endToEndId\":\""
                    + text("select number from invoice where id = " + invoice92) + "\",\"reasonCode\":\"md01\"}]"))).getJsonObject(0);
            assertTrue(byHand.getBoolean("mandateSuspended"), "no valid mandate: suspended at once");
            assertEquals("SUSPENDED", text("select status from sepa_mandate where id = " + mandate92));
            assertEquals("UNPAID", invoiceStatus(invoice92));
            String suspendedMail = Mailbox.awaitMatching("famille92@example.net",
                    m -> m.subject().contains(text("select number from invoice where id = " + invoice92))).body();
            assertTrue(suspendedMail.contains("suspendu") || suspendedMail.contains("suspended"), suspendedMail);
            HttpResponse<String> unknown = rejects(run, "application/json", "[{\"endToEndId\":\"NOPE\",\"reasonCode\":\"AM04\"}]");
            assertEquals(400, unknown.statusCode(), unknown.body());
            assertTrue(unknown.body().contains("NOPE"), unknown.body());
        } finally {
            TestClock.reset();
        }
    }

    /**
     * Issue 18, item 1: each régie's SEPA creditor in the treasury settings, its ICS key, IBAN and BIC checked; a run is
     * paid into its régie's account under its régie's ICS and debits only mandates signed for that ICS (famille21).
     */
    @Test
    void theAdministratorSetsARegiesCreditorWithItsKeysCheckedAndItsRunsArePaidIntoItsAccount() throws Exception {
        String regie = "ZIT_CREDITOR"; // after the other régies by code: new mandates keep the demo creditor
        Sql.update("insert into regie (code, name) values ('" + regie + "', 'Régie des tests du créancier') on conflict do nothing");
        HttpResponse<String> wrong = putBudget(regie, creditor("FR73ZZZ123456", "FR7630003012340001234567855", "CMCI"));
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals(List.of("sepaCreditor.ics", "sepaCreditor.iban", "sepaCreditor.bic"), Api.json(wrong).getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
        assertTrue(wrong.body().contains("identifiant créancier SEPA n’est pas valide : sa clé de contrôle est fausse"), wrong.body());
        assertEquals(0, count("select count(*) from treasury_sepa_creditor where regie_code = '" + regie + "'"), "nothing saved");

        JsonObject saved = Api.json(Api.ok(putBudget(regie, creditor("fr22 zzz a1b2c3", "fr76 3000 3012 3400 0123 4567 854", ""))))
                .getJsonObject("sepaCreditor");
        assertEquals("FR22ZZZA1B2C3", saved.getString("ics"), "stored in upper case without spaces");
        assertEquals(BANK_A, saved.getString("iban"));
        assertTrue(!saved.containsKey("name") && !saved.containsKey("bic"), "not set: " + saved);
        assertEquals(1, count("select count(*) from audit_entry where action = 'treasury.budget.changed' and object_id = '" + regie + "'"
                + " and after_json->'sepaCreditor'->>'ics' = 'FR22ZZZA1B2C3'"));

        long mandate = activeMandate("famille21", BANK_B);
        assertEquals("FR72ZZZ123456", text("select creditor_ics from sepa_mandate where id = " + mandate));
        long invoice = invoice("famille21", regie, 7, 2500);
        LocalDate due = fr.marelle.directdebit.control.TargetCalendar.onOrAfter(TODAY.plusDays(16));
        JsonObject otherCreditor = Api.json(created(createRun(regie, due)));
        assertEquals(0, otherCreditor.getJsonArray("debits").size(), "the mandate was signed for another creditor");

        Api.ok(putBudget(regie, creditor("FR72ZZZ123456", BANK_A_OTHER_BRANCH, "PSSTFRPP")));
        JsonObject run = Api.json(created(createRun(regie, due)));
        assertEquals(invoice, run.getJsonArray("debits").getJsonObject(0).getJsonNumber("invoiceId").longValue());
        String xml = Api.ok(Api.get("/api/v1/finance/direct-debit-runs/" + run.getJsonObject("run").getJsonNumber("id") + "/pain008.xml",
                "Authorization", FINANCE)).body();
        assertTrue(xml.contains("<CdtrAcct><Id><IBAN>" + BANK_A_OTHER_BRANCH + "</IBAN></Id></CdtrAcct><CdtrAgt><FinInstnId><BIC>PSSTFRPP</BIC>"),
                "the régie's account: " + xml);
        assertTrue(xml.contains("<Id>FR72ZZZ123456</Id>"), xml);

        Api.ok(putBudget(regie, ""));
        assertEquals(0, count("select count(*) from treasury_sepa_creditor where regie_code = '" + regie + "'"), "left out: none");
        HttpResponse<String> none = createRun(regie, due);
        assertEquals(400, none.statusCode(), none.body());
        assertTrue(none.body().contains("créancier SEPA de cette régie"), none.body());
    }

    @Test
    void theAdministratorEntersTheCreditorOnTheTreasuryPage() {
        String regie = "ZIT_CREDITOR_PAGE";
        Sql.update("insert into regie (code, name) values ('" + regie + "', 'Régie des tests de la page du créancier') on conflict do nothing");
        browser.driver.manage().deleteAllCookies();
        signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/admin/treasury.xhtml");
        browser.type("idPost-" + regie, "049099");
        browser.type("idColl-" + regie, "21490100100013");
        browser.type("codCol-" + regie, "979");
        browser.type("codBud-" + regie, "00");
        browser.type("ics-" + regie, "FR73 ZZZ 123456");
        browser.type("creditorIban-" + regie, BANK_A);
        browser.submit("saveBudget-" + regie);
        assertTrue(browser.text().contains("Cet identifiant créancier SEPA n’est pas valide"), browser.text());
        assertEquals("FR73 ZZZ 123456", browser.find("ics-" + regie).getAttribute("value"), "what was typed stays");
        browser.assertAccessible("/admin/treasury.xhtml with a wrong creditor identifier");
        browser.type("ics-" + regie, "FR72 ZZZ 123456");
        browser.type("creditorName-" + regie, "Mairie de Marelle – régie");
        browser.submit("saveBudget-" + regie);
        assertTrue(browser.text().contains("enregistrés"), browser.text());
        assertEquals("FR72ZZZ123456", browser.find("ics-" + regie).getAttribute("value"));
        assertEquals("FR72ZZZ123456|Mairie de Marelle   regie|" + BANK_A, text("select ics || '|' || creditor_name || '|' || iban"
                + " from treasury_sepa_creditor where regie_code = '" + regie + "'"), "in the SEPA character set");
        browser.assertAccessible("/admin/treasury.xhtml with a creditor");
        browser.assertNoCspViolation("/admin/treasury.xhtml");
    }

    /**
     * Issue 18, item 6: finance staff's page of debit runs for famille22 and famille23: a due date refused with the rule
     * explained, a run made and reviewed, marked sent, a reject entered by hand with its code, the bank's pain.002 read
     * (a file that is not one refused); axe on each step and the tables as cards on a phone.
     */
    @Test
    void financeMakesSendsAndRejectsARunOnItsPage() throws Exception {
        String regie = "IT_SDD_PAGE";
        Sql.update("insert into regie (code, name) values ('" + regie + "', 'Régie des tests de la page des lots') on conflict do nothing");
        Sql.update("insert into treasury_sepa_creditor (regie_code, ics, iban) values ('" + regie + "', 'FR72ZZZ123456',"
                + " 'FR7610278060000001234560112') on conflict do nothing");
        long invoice22 = invoice("famille22", regie, 8, 3150);
        long invoice23 = invoice("famille23", regie, 9, 1990);
        long mandate22 = activeMandate("famille22", BANK_A);
        activeMandate("famille23", BANK_B);
        String number22 = text("select number from invoice where id = " + invoice22);
        String number23 = text("select number from invoice where id = " + invoice23);

        browser.driver.manage().deleteAllCookies();
        signIn("finance@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/finance/direct-debit-runs.xhtml");
        browser.assertAccessible("/finance/direct-debit-runs.xhtml");
        assertTrue(browser.find("dueOn-hint").getText().contains("TARGET"), browser.text());
        new Select(browser.find("regieCode")).selectByValue(regie);
        LocalDate saturday = TODAY.plusDays(20).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        setDate("dueOn", saturday);
        browser.submit("createRun");
        assertTrue(browser.find("dueOn-error").getText().contains("TARGET"), browser.text());
        browser.assertAccessible("/finance/direct-debit-runs.xhtml with a refused date");

        LocalDate due = fr.marelle.directdebit.control.TargetCalendar.onOrAfter(TODAY.plusDays(15));
        new Select(browser.find("regieCode")).selectByValue(regie);
        setDate("dueOn", due);
        browser.submit("createRun");
        long run = count("select run_id from direct_debit where invoice_id = " + invoice22 + " and status = 'PLANNED'");
        assertEquals("/finance/direct-debit-runs.xhtml?id=" + run, browser.path());
        String debits = browser.find("debits").getText();
        assertTrue(debits.contains(number22) && debits.contains(number23), debits);
        assertTrue(debits.contains("31,50") && debits.contains("FRST") && debits.contains(text("select rum from sepa_mandate where id = " + mandate22)),
                debits);
        assertTrue(browser.find("pain008").getAttribute("href").endsWith("/api/v1/finance/direct-debit-runs/" + run + "/pain008.xml"));
        assertTrue(browser.find("csv").getAttribute("href").endsWith("/api/v1/finance/direct-debit-runs/" + run + "/debits.csv"));
        browser.assertAccessible("/finance/direct-debit-runs.xhtml with a run");

        // item 4 of the issue: the families are told 14 days ahead, by mail and on the invoice's PDF
        String rum22 = text("select rum from sepa_mandate where id = " + mandate22);
        String notice = Mailbox.awaitMatching("famille22@example.net", m -> m.body().contains(rum22)).body();
        assertTrue(notice.contains(number22) && notice.contains("FR72ZZZ123456") && notice.contains("FR76 •••• •••• 854"), notice);
        assertTrue(notice.contains(fr.marelle.platform.control.DisplayFormats.date(due, java.util.Locale.FRENCH))
                || notice.contains(fr.marelle.platform.control.DisplayFormats.date(due, java.util.Locale.ENGLISH)), notice);
        assertTrue(notice.contains("31,50") || notice.contains("31.50"), notice);
        assertFalse(notice.contains(number23), "each family its own invoices");
        HttpResponse<byte[]> pdf = bytes(Api.request("/api/v1/invoices/" + invoice22 + "/pdf").header("Authorization", parent("famille22")).GET());
        assertEquals(200, pdf.statusCode());
        String pdfText = ReadableText.pdf(pdf.body());
        String day = due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(pdfText.contains("Cette facture sera prélevée le " + day) || pdfText.contains("This invoice will be debited on " + day), pdfText);

        browser.submit("sendRun");
        assertEquals("SENT", text("select status from direct_debit_run where id = " + run));
        assertEquals(2, count("select count(*) from direct_debit where run_id = " + run + " and status = 'PENDING'"));

        new Select(browser.find("endToEndId")).selectByValue(number22);
        new Select(browser.find("reasonCode")).selectByValue("AC04");
        assertTrue(browser.find("reasonCode").getText().contains("compte clôturé"), "codes with their French labels");
        browser.submit("rejectDebit");
        assertEquals("REJECTED|AC04", text("select status || '|' || reject_code from direct_debit where invoice_id = " + invoice22));
        assertEquals("SUSPENDED", text("select status from sepa_mandate where id = " + mandate22), "account closed: suspended at once");
        assertTrue(browser.find("debits").getText().contains("AC04"), browser.text());

        java.nio.file.Path notXml = java.nio.file.Files.createTempFile("rapport", ".xml");
        java.nio.file.Files.writeString(notXml, "%PDF-1.7 not a report");
        browser.find("file").sendKeys(notXml.toAbsolutePath().toString());
        browser.submit("importPain002");
        assertFalse(browser.find("file-error").getText().isBlank(), browser.text());
        browser.assertAccessible("/finance/direct-debit-runs.xhtml with a refused file");
        java.nio.file.Path report = java.nio.file.Files.createTempFile("pain002", ".xml");
        java.nio.file.Files.writeString(report, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.03\">"
                + "<CstmrPmtStsRpt><GrpHdr><MsgId>BANK-2</MsgId></GrpHdr><OrgnlPmtInfAndSts><TxInfAndSts><OrgnlEndToEndId>" + number23
                + "</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AM04</Cd></Rsn></StsRsnInf></TxInfAndSts></OrgnlPmtInfAndSts>"
                + "</CstmrPmtStsRpt></Document>");
        browser.find("file").sendKeys(report.toAbsolutePath().toString());
        browser.submit("importPain002");
        assertEquals("REJECTED|AM04", text("select status || '|' || reject_code from direct_debit where invoice_id = " + invoice23));
        browser.assertNoCspViolation("/finance/direct-debit-runs.xhtml");

        org.openqa.selenium.Dimension before = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.open("/finance/direct-debit-runs.xhtml?id=" + run);
            org.openqa.selenium.WebElement cell = browser.find("debits").findElement(org.openqa.selenium.By.cssSelector("tbody td"));
            assertEquals("grid", cell.getCssValue("display"), "a card's term and value side by side");
            assertFalse(cell.getAttribute("data-label").isBlank());
            browser.assertAccessible("/finance/direct-debit-runs.xhtml on a phone");
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static long invoice(String login, int n, long cents) throws Exception {
        return invoice(login, "IT_SDD", n, cents);
    }

    private static long invoice(String login, String regie, int n, long cents) throws Exception {
        long household = household(login);
        long runId = count("insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices, total_cents)"
                + " values ('" + regie + "', '" + TODAY.withDayOfMonth(1).minusMonths(n) + "', 'VALIDATED', " + Sql.now() + ", " + Sql.now()
                + ", 1, " + cents + ") returning id");
        long invoice = count("insert into invoice (number, run_id, regie_code, month, household_id, household_name, issued_on, due_on, total_cents,"
                + " published_at) values ('" + TODAY.getYear() + "-ITSDD-00000" + n + "', " + runId + ", '" + regie + "', '"
                 + TODAY.withDayOfMonth(1).minusMonths(n) + "', " + household + ", 'Famille " + household + "', '" + TODAY + "', '"
                + TODAY.plusDays(30) + "', " + cents + ", " + Sql.now() + ") returning id");
        // one line, as every real invoice has (its PDF lists them)
        long child = count("insert into child (first_name, last_name, birth_date, created_at) values ('Paul', 'Prélevé', '2018-05-04', "
                + Sql.now() + ") returning id");
        Sql.update("insert into household_child (household_id, child_id, linked_at) values (" + household + ", " + child + ", " + Sql.now() + ")");
        Sql.update("insert into invoice_line (invoice_id, position, household_id, session_id, child_id, child_name, activity_name, day,"
                + " charge, amount_cents, price_cents, quotient_known, resident) select " + invoice + ", 1, " + household + ", s.id, " + child
                + ", 'Paul Prélevé', a.name, s.day, 'BOOKED', " + cents + ", " + cents + ", true, true from activity_session s"
                + " join activity a on a.id = s.activity_id where s.id = (select min(id) from activity_session)");
        return invoice;
    }

    /**
     * Moves the portal's clock to 02:00 (Paris) of the first day from {@code from} whose direct-debit night no node has run
     * yet (other test classes may have run some), and waits until the nightly job claims it; answers that day.
     */
    private static LocalDate nightPasses(LocalDate from) {
        LocalDate day = from;
        while (count("select count(*) from job_claim where job = 'direct-debit-night' and period = '" + day + "'") > 0) {
            day = day.plusDays(1);
        }
        LocalDate night = day;
        TestClock.forward(java.time.Duration.between(java.time.LocalDateTime.now(ItEnvironment.clock()), night.atTime(2, 0)));
        awaitTrue(() -> count("select count(*) from job_claim where job = 'direct-debit-night' and period = '" + night + "'") == 1,
                "the nightly job claimed " + night);
        return night;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 90 s: " + what);
            }
            try {
                Thread.sleep(100); // a look is one small query: no need to let the job's result wait half a second
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(id), day.toString());
    }

    private static long activeMandate(String login, String iban) {
        long id = Api.json(created(request(parent(login), "{\"holder\":\"Famille " + login + "\",\"iban\":\"" + iban + "\"}")))
                .getJsonNumber("id").longValue();
        Api.ok(activate(id, TODAY.toString(), null));
        return id;
    }

    private static HttpResponse<String> createRun(LocalDate due) {
        return createRun("IT_SDD", due);
    }

    private static HttpResponse<String> createRun(String regie, LocalDate due) {
        return Api.postJson("/api/v1/finance/direct-debit-runs", "{\"regieCode\":\"" + regie + "\",\"dueOn\":\"" + due + "\"}",
                "Authorization", FINANCE);
    }

    /** A régie's treasury settings: a valid PES budget and the given creditor ("" for none). */
    private static HttpResponse<String> putBudget(String regie, String creditor) {
        String json = "{\"idPost\":\"049099\",\"idColl\":\"21490100100013\",\"codCol\":\"979\",\"codBud\":\"00\""
                + (creditor.isEmpty() ? "" : ",\"sepaCreditor\":" + creditor) + "}";
        return Api.send(Api.request("/api/v1/admin/treasury/budgets/" + regie).header("Authorization", ADMIN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static String creditor(String ics, String iban, String bic) {
        return "{\"ics\":\"" + ics + "\",\"iban\":\"" + iban + "\",\"bic\":\"" + bic + "\"}";
    }

    private static HttpResponse<String> rejects(long run, String type, String body) {
        return Api.send(Api.request("/api/v1/finance/direct-debit-runs/" + run + "/rejects").header("Authorization", FINANCE)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static String invoiceStatus(long invoice) {
        return Api.json(Api.ok(Api.get("/api/v1/finance/invoices/" + invoice, "Authorization", FINANCE))).getJsonObject("invoice").getString("status");
    }

    private static String parent(String login) {
        return Api.basic(login + "@example.net", ItEnvironment.DEMO_PASSWORD);
    }

    private static long household(String login) {
        return count("select g.household_id from guardian g join account a on a.id = g.account_id where a.email = '" + login + "@example.net'");
    }

    private static String status(long id) {
        return Api.array(Api.ok(Api.get("/api/v1/finance/sepa-mandates", "Authorization", FINANCE))).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().getString("status");
    }

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(request.header("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    private static HttpResponse<String> request(String auth, String json) {
        return Api.postJson("/api/v1/household/sepa-mandates", json, "Authorization", auth);
    }

    private static HttpResponse<String> amend(String auth, long id, String json) {
        return Api.send(Api.request("/api/v1/household/sepa-mandates/" + id + "/account").header("Authorization", auth)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Finance staff's activation: the signature date and, unless signed at the counter, the signed copy. */
    private static HttpResponse<String> activate(long id, String signedOn, byte[] copy) {
        String boundary = "marelle" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signedOn", signedOn);
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (copy != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"signedCopy\"; filename=\"mandat.png\""
                    + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(copy);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(Api.request("/api/v1/finance/sepa-mandates/" + id + "/activation").header("Authorization", FINANCE)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}

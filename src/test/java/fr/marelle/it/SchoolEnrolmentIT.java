package fr.marelle.it;

import fr.marelle.enrolment.control.EnrolmentDemoData;
import fr.marelle.platform.control.PdfConformance;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * School enrolment through the API and the pages: a family asks for a child (level from the birth date, school from
 * the demo town's school map), joins its documents (checked by content), an agent asks for a missing one, the family
 * adds it and sends the request again, the agent accepts and the family downloads a tagged certificate; a dérogation
 * refused with the reason and the appeal routes; an acceptance for the year already begun written into the child's
 * file at once; another family reaches nothing by changing an id; the administrator's map import is all or nothing;
 * and the family's form and the agents' queue at 390 px wide, checked with axe-core.
 * Uses only the demo families famille4 to famille8 (famille9 to famille12 hold the demo town's requests).
 */
class SchoolEnrolmentIT extends PortalITBase {

    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final List<String> LEVELS = List.of("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2");
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
            + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    /** A family's child who may be enrolled in the school year starting in September {@code start}. */
    record Pupil(String email, String auth, long childId, String firstName, String level, int start) {
    }

    @Test
    void aFamilyAsksJoinsDocumentsCompletesWhatTheAgentAsksAndDownloadsTheCertificateOfItsAcceptance() throws Exception {
        Pupil pupil = pupil(4, comingStart());
        String year = pupil.start() + "-" + (pupil.start() + 1);
        int mails = Mailbox.received(pupil.email()).size();

        // what the portal proposes: the level of the birth year, the school of the map for the household's street
        JsonObject proposal = Api.json(Api.ok(Api.get("/api/v1/school-enrolments/proposal?childId=" + pupil.childId(),
                "Authorization", pupil.auth())));
        assertEquals(year, proposal.getString("schoolYear"));
        assertEquals(pupil.level(), proposal.getString("level"), proposal.toString());
        assertFalse(proposal.isNull("schoolId"), "every demo street is on the demo map: " + proposal);

        HttpResponse<String> created = Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + pupil.childId() + "}",
                "Authorization", pupil.auth());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject request = Api.json(created);
        long id = request.getJsonNumber("id").longValue();
        assertEquals("SUBMITTED", request.getString("state"));
        assertEquals(pupil.level(), request.getString("level"));
        assertEquals(proposal.getJsonNumber("schoolId"), request.getJsonNumber("proposedSchoolId"));
        assertTrue(request.getString("reference").matches("S-\\d{4}-0*" + id), request.getString("reference"));
        assertEquals(3, request.getJsonArray("documentsMissing").size());
        Mailbox.Mail acknowledgement = Mailbox.awaitMatching(pupil.email(), m -> m.subject().contains("demande d’inscription scolaire"));
        assertTrue(acknowledgement.body().contains(request.getString("reference")) && acknowledgement.body().contains(year),
                acknowledgement.body());

        // once per child and school year
        assertProblem(Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + pupil.childId() + "}", "Authorization",
                pupil.auth()), 400, "childId", "déjà en cours");

        // documents are checked by their content, not their name
        assertProblem(upload(pupil.auth(), id, Map.of("vaccination", "Ceci n’est pas un PDF".getBytes(StandardCharsets.UTF_8))),
                400, "vaccination", "PDF");
        JsonObject withTwo = Api.json(Api.ok(upload(pupil.auth(), id, Map.of("proofOfAddress", PDF, "familyRecord", PNG))));
        assertEquals(List.of("VACCINATION"), strings(withTwo.getJsonArray("documentsMissing")));

        // the agents' queue, filtered by the school and the level, a page at a time; not for parents
        long school = proposal.getJsonNumber("schoolId").longValue();
        JsonObject page = Api.json(Api.ok(Api.get("/api/v1/staff/school-enrolments?schoolId=" + school + "&level="
                + pupil.level() + "&size=100", "Authorization", AGENT)));
        assertTrue(ids(page.getJsonArray("items")).contains(id), page.toString());
        JsonObject first = Api.json(Api.ok(Api.get("/api/v1/staff/school-enrolments?size=1&page=1", "Authorization", AGENT)));
        assertEquals(1, first.getJsonArray("items").size());
        assertTrue(first.getJsonNumber("total").longValue() >= 1);
        assertProblem(Api.get("/api/v1/staff/school-enrolments?page=deux", "Authorization", AGENT), 400, "page", "nombre entier");
        assertProblem(Api.get("/api/v1/staff/school-enrolments?size=500", "Authorization", AGENT), 400, "size", "de 1 à 100");
        assertEquals(403, Api.get("/api/v1/staff/school-enrolments", "Authorization", pupil.auth()).statusCode());

        // not accepted while a document is missing; asked for, the family adds it and sends the request again
        assertProblem(decide(id, "{\"state\":\"ACCEPTED\"}"), 400, "state", "document");
        assertProblem(decide(id, "{\"state\":\"INCOMPLETE\",\"document\":\"VACCINATION\"}"), 400, "message", "Écrivez");
        JsonObject incomplete = Api.json(Api.ok(decide(id, "{\"state\":\"INCOMPLETE\",\"document\":\"VACCINATION\","
                + "\"message\":\"Il manque la page des vaccins.\"}")));
        assertEquals("INCOMPLETE", incomplete.getString("state"));
        Mailbox.Mail asked = Mailbox.awaitMatching(pupil.email(), m -> m.subject().contains("Incomplète"));
        assertTrue(asked.body().contains("Il manque la page des vaccins.") && asked.body().contains("vaccinations"), asked.body());
        assertProblem(decide(id, "{\"state\":\"ACCEPTED\"}"), 400, "state", "attend le document");
        assertProblem(Api.postJson("/api/v1/school-enrolments/" + id + "/resubmission", "{}", "Authorization", pupil.auth()),
                400, "vaccination", "document demandé");
        Api.ok(upload(pupil.auth(), id, Map.of("vaccination", PDF)));
        JsonObject again = Api.json(Api.ok(Api.postJson("/api/v1/school-enrolments/" + id + "/resubmission",
                "{\"message\":\"Voici la page.\"}", "Authorization", pupil.auth())));
        assertEquals("SUBMITTED", again.getString("state"));
        HttpResponse<String> document = Api.get("/api/v1/staff/school-enrolments/" + id + "/documents/VACCINATION",
                "Authorization", AGENT);
        assertEquals(200, document.statusCode());
        assertEquals("application/pdf", Api.mediaType(document));

        // accepted in the school of the map; the decision is mailed and the documents' content deleted
        JsonObject accepted = Api.json(Api.ok(decide(id, "{\"state\":\"ACCEPTED\"}")));
        assertEquals("ACCEPTED", accepted.getString("state"));
        assertEquals(school, accepted.getJsonNumber("assignedSchoolId").longValue());
        Mailbox.Mail acceptance = Mailbox.awaitMatching(pupil.email(), m -> m.subject().contains("Acceptée"));
        assertTrue(acceptance.body().contains(accepted.getString("assignedSchool")), acceptance.body());
        assertEquals(404, Api.get("/api/v1/staff/school-enrolments/" + id + "/documents/VACCINATION", "Authorization", AGENT)
                .statusCode());
        assertProblem(decide(id, "{\"state\":\"REFUSED\",\"message\":\"non\"}"), 400, "state", "déjà traitée");
        assertProblem(Api.postJson("/api/v1/school-enrolments/" + id + "/withdrawal", "", "Authorization", pupil.auth()),
                400, null, "déjà traitée");

        // the certificate: tagged PDF/UA and PDF/A, naming the child, the year, the level and the school
        HttpResponse<byte[]> certificate = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build().send(Api.request("/api/v1/school-enrolments/" + id + "/certificate.pdf")
                        .header("Authorization", pupil.auth()).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, certificate.statusCode());
        assertEquals("application/pdf", Api.mediaType(certificate));
        PdfConformance.assertAccessibleAndArchivable(certificate.body());
        String text = PdfConformance.text(certificate.body());
        for (String expected : List.of(pupil.firstName(), year, accepted.getString("assignedSchool"), accepted.getString("reference"))) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }

        // the numbers of the year count the child at the school and level; the CSV too
        JsonArray numbers = Api.array(Api.ok(Api.get("/api/v1/staff/school-enrolments/numbers?schoolYear=" + year,
                "Authorization", AGENT)));
        assertTrue(numbers.stream().map(JsonValue::asJsonObject).anyMatch(n -> accepted.getString("assignedSchool")
                .equals(n.getString("school", null)) && pupil.level().equals(n.getString("level"))
                && n.getJsonNumber("accepted").longValue() >= 1), numbers.toString());
        HttpResponse<String> csv = Api.get("/api/v1/staff/school-enrolments/numbers.csv?schoolYear=" + year, "Authorization", AGENT);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains(accepted.getString("assignedSchool")), csv.body());

        // every step audited, by whom, and in the household's history
        assertEquals(List.of("ENROLMENT_ADDED " + pupil.email(), "ENROLMENT_CHANGED " + pupil.email(),
                "ENROLMENT_CHANGED agent@example.org", "ENROLMENT_CHANGED " + pupil.email(),
                "ENROLMENT_CHANGED " + pupil.email(), "ENROLMENT_CHANGED agent@example.org"), audit(id));
        assertTrue(Api.ok(Api.get("/api/v1/household/history", "Authorization", pupil.auth())).body()
                .contains("enrolment.assignedSchool"));
        assertTrue(mails < Mailbox.received(pupil.email()).size());
    }

    @Test
    void anotherFamilyCannotReadOrChangeARequestByChangingTheId() {
        Pupil pupil = pupil(5, comingStart());
        Pupil other = pupil(6, comingStart());
        HttpResponse<String> created = Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + pupil.childId() + "}",
                "Authorization", pupil.auth());
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        for (HttpResponse<String> response : List.of(
                Api.get("/api/v1/school-enrolments/" + id, "Authorization", other.auth()),
                Api.get("/api/v1/school-enrolments/" + id + "/certificate.pdf", "Authorization", other.auth()),
                Api.postJson("/api/v1/school-enrolments/" + id + "/withdrawal", "", "Authorization", other.auth()),
                Api.postJson("/api/v1/school-enrolments/" + id + "/resubmission", "{}", "Authorization", other.auth()),
                upload(other.auth(), id, Map.of("proofOfAddress", PDF)))) {
            assertEquals(404, response.statusCode(), response.body());
        }
        assertTrue(Api.array(Api.ok(Api.get("/api/v1/school-enrolments", "Authorization", other.auth()))).stream()
                .noneMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id));
        // nor ask for, nor look at, a child that is not theirs
        assertProblem(Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + pupil.childId() + "}", "Authorization",
                other.auth()), 400, "childId", "Enfant inconnu");
        assertEquals(404, Api.get("/api/v1/school-enrolments/proposal?childId=" + pupil.childId(), "Authorization",
                other.auth()).statusCode());
        // still untouched for its family, who withdraws it
        JsonObject withdrawn = Api.json(Api.ok(Api.postJson("/api/v1/school-enrolments/" + id + "/withdrawal", "",
                "Authorization", pupil.auth())));
        assertEquals("WITHDRAWN", withdrawn.getString("state"));
        assertTrue(withdrawn.getJsonArray("documents").isEmpty());
    }

    @Test
    void aDerogationRefusedStatesTheReasonAndTheAppealRoutesAndAnAcceptanceForTheYearBegunUpdatesTheChild() throws Exception {
        Pupil pupil = pupil(7, currentStart());
        String year = pupil.start() + "-" + (pupil.start() + 1);
        JsonObject proposal = Api.json(Api.ok(Api.get("/api/v1/school-enrolments/proposal?childId=" + pupil.childId()
                + "&schoolYear=" + year, "Authorization", pupil.auth())));
        long mapSchool = proposal.getJsonNumber("schoolId").longValue();
        long otherSchool = schools().stream().filter(s -> s != mapSchool).findFirst().orElseThrow();

        assertProblem(Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + pupil.childId() + ",\"schoolYear\":\"" + year
                + "\",\"wishedSchoolId\":" + otherSchool + "}", "Authorization", pupil.auth()), 400, "derogationReason", "motif");
        assertProblem(Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + pupil.childId() + ",\"schoolYear\":\"1999-2000\"}",
                "Authorization", pupil.auth()), 400, "schoolYear", "non proposée");
        HttpResponse<String> created = Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + pupil.childId()
                + ",\"schoolYear\":\"" + year + "\",\"wishedSchoolId\":" + otherSchool
                + ",\"derogationReason\":\"La nourrice habite près de cette école.\"}", "Authorization", pupil.auth());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject derogation = Api.json(created);
        long id = derogation.getJsonNumber("id").longValue();
        assertTrue(derogation.getBoolean("derogation"));
        assertEquals(otherSchool, derogation.getJsonNumber("wishedSchoolId").longValue());

        assertProblem(decide(id, "{\"state\":\"REFUSED\"}"), 400, "message", "motif du refus");
        JsonObject refused = Api.json(Api.ok(decide(id, "{\"state\":\"REFUSED\",\"message\":\"L’école demandée est complète.\"}")));
        assertEquals("REFUSED", refused.getString("state"));
        assertEquals("L’école demandée est complète.", refused.getString("refusalReason"));
        assertFalse(refused.getJsonArray("appealRoutes").isEmpty());
        Mailbox.Mail refusal = Mailbox.awaitMatching(pupil.email(), m -> m.subject().contains("Refusée"));
        assertTrue(refusal.body().contains("L’école demandée est complète.") && refusal.body().contains("Télérecours citoyens"),
                refusal.body());

        // asked again for the school of the map, the three documents at once; accepted for the year already begun
        HttpResponse<String> second = Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + pupil.childId()
                + ",\"schoolYear\":\"" + year + "\"}", "Authorization", pupil.auth());
        assertEquals(201, second.statusCode(), second.body());
        long secondId = Api.json(second).getJsonNumber("id").longValue();
        Api.ok(upload(pupil.auth(), secondId, Map.of("proofOfAddress", PDF, "familyRecord", PDF, "vaccination", PNG)));
        JsonObject accepted = Api.json(Api.ok(decide(secondId, "{\"state\":\"ACCEPTED\",\"schoolId\":" + otherSchool + "}")));
        assertEquals(otherSchool, accepted.getJsonNumber("assignedSchoolId").longValue());
        assertFalse(accepted.isNull("appliedAt"), "a year already begun is applied at once: " + accepted);
        JsonObject child = Api.json(Api.ok(Api.get("/api/v1/household/children/" + pupil.childId(), "Authorization", pupil.auth())));
        assertEquals(pupil.level(), child.getString("levelCode"));
        assertEquals(otherSchool, child.getJsonNumber("schoolSiteId").longValue());
    }

    @Test
    void theAdministratorsMapImportIsAllOrNothingWithEveryWrongLineNamed() {
        int before = Api.array(Api.ok(Api.get("/api/v1/admin/school-map", "Authorization", ADMIN))).size();
        HttpResponse<String> wrong = Api.send(Api.request("/api/v1/admin/school-map").header("Authorization", ADMIN)
                .header("Content-Type", "text/csv").PUT(HttpRequest.BodyPublishers.ofString(
                        "rue des Écoles;;;toutes;maternelle;École maternelle Les Tilleuls\n"
                                + "rue des Écoles;;;pairs;maternelle;École Louise-Michel\n"
                                + "rue des Prés;1;9;tous;lycée;École Jules-Ferry\n", StandardCharsets.UTF_8)));
        assertEquals(400, wrong.statusCode(), wrong.body());
        List<String> messages = Api.json(wrong).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("message")).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("Ligne 3") && messages.get(1).startsWith("Ligne 2"), messages.toString());
        assertEquals(before, Api.array(Api.ok(Api.get("/api/v1/admin/school-map", "Authorization", ADMIN))).size());
        assertEquals(403, Api.get("/api/v1/admin/school-map", "Authorization", AGENT).statusCode());

        // the demo town's own map imported again: replaced whole, the same lines
        HttpResponse<String> imported = Api.send(Api.request("/api/v1/admin/school-map").header("Authorization", ADMIN)
                .header("Content-Type", "text/csv").PUT(HttpRequest.BodyPublishers.ofString(EnrolmentDemoData.MAP,
                        StandardCharsets.UTF_8)));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(18, Api.json(imported).getInt("lines"));
        assertEquals(18, Api.array(Api.ok(Api.get("/api/v1/admin/school-map", "Authorization", ADMIN))).size());
    }

    @Test
    void onAPhoneAFamilyAsksWithItsDocumentsAndAnAgentAcceptsFromTheQueue() throws Exception {
        Browser.assumeInstalled();
        Pupil pupil = pupil(8, comingStart());
        Path dir = Files.createTempDirectory("enrolment");
        Path pdf = Files.write(dir.resolve("justificatif.pdf"), PDF);
        try (Browser browser = new Browser()) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            signIn(browser, pupil.email());
            browser.open("/parent/school-enrolments.xhtml");
            assertEquals("Inscription scolaire", browser.heading());
            assertTrue(browser.find("proposals").getText().contains(pupil.firstName()), browser.text());
            browser.assertAccessible("the parent's school enrolment page at 390 px");
            new Select(browser.find("childId")).selectByValue(String.valueOf(pupil.childId()));
            browser.find("proofOfAddress").sendKeys(pdf.toString());
            browser.find("familyRecord").sendKeys(pdf.toString());
            browser.find("vaccination").sendKeys(pdf.toString());
            browser.submit("submitEnrolment");
            browser.waitForText("Votre demande est envoyée");
            long id = enrolmentOf(pupil.childId());
            assertTrue(browser.driver.findElement(By.id("enrolment-" + id)).getText().contains("Envoyée"), browser.text());
            browser.assertAccessible("the parent's school enrolment page with a request at 390 px");
            assertFitsThePhone(browser);
            browser.submit("logoutButton");

            signIn(browser, "agent@example.org");
            browser.open("/staff/school-enrolments.xhtml?page=" + pageOf(id));
            assertEquals("Inscriptions scolaires", browser.heading());
            browser.assertAccessible("the agents' school enrolment queue at 390 px");
            assertFitsThePhone(browser);
            browser.click(browser.driver.findElement(By.cssSelector("#queue a[href*='id=" + id + "']")));
            browser.waitForText("Demande d’inscription scolaire");
            browser.assertAccessible("a school enrolment request for the agents at 390 px");
            assertFitsThePhone(browser);
            browser.submit("refuse");
            assertTrue(browser.find("message-error").getText().contains("motif du refus"), browser.text());
            browser.submit("accept");
            browser.waitForText("La décision est enregistrée");
            assertEquals("Acceptée", browser.find("state").getText());
            browser.open("/staff/school-numbers.xhtml");
            browser.assertAccessible("the school numbers at 390 px");
            browser.submit("logoutButton");

            // the family finds its certificate on the phone
            signIn(browser, pupil.email());
            browser.open("/parent/school-enrolments.xhtml");
            WebElement certificate = browser.find("certificate-" + id);
            assertTrue(certificate.isDisplayed(), browser.text());
            assertTrue(certificate.getAttribute("href").endsWith("/api/v1/school-enrolments/" + id + "/certificate.pdf"));
            browser.assertAccessible("the parent's school enrolment page with a certificate at 390 px");
            assertFitsThePhone(browser);
            browser.submit("logoutButton");

            signIn(browser, "admin@example.org");
            browser.open("/admin/school-map.xhtml");
            assertEquals("Carte scolaire", browser.heading());
            browser.assertAccessible("the school map at 390 px");
            browser.submit("logoutButton");
        }
        assertEquals("ACCEPTED", Api.json(Api.ok(Api.get("/api/v1/school-enrolments/" + enrolmentOf(pupil.childId()),
                "Authorization", pupil.auth()))).getString("state"));
    }

    // ------------------------------------------------------------ helpers

    /** September of the coming school year, by the portal's clock. */
    private static int comingStart() {
        return currentStart() + 1;
    }

    private static int currentStart() {
        LocalDate today = ItEnvironment.today();
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    /** The first child of demo family n who is of nursery or primary age in that school year, with its expected level. */
    private static Pupil pupil(int n, int start) {
        String email = "famille" + n + "@example.net";
        String auth = Api.basic(email, ItEnvironment.DEMO_PASSWORD);
        for (JsonValue c : Api.array(Api.ok(Api.get("/api/v1/household/children", "Authorization", auth)))) {
            JsonObject child = c.asJsonObject();
            // the calendar year of birth decides: petite section the year the child turns 3
            int turns = start - LocalDate.parse(child.getString("birthDate")).getYear();
            if (turns >= 3 && turns <= 10) {
                return new Pupil(email, auth, child.getJsonNumber("id").longValue(), child.getString("firstName"),
                        LEVELS.get(turns - 3), start);
            }
        }
        throw new AssertionError(email + " has no child of school age for " + start);
    }

    private static List<Long> schools() {
        return Api.array(Api.ok(Api.get("/api/v1/staff/sites", "Authorization", AGENT))).stream().map(JsonValue::asJsonObject)
                .filter(s -> "SCHOOL".equals(s.getString("kind"))).map(s -> s.getJsonNumber("id").longValue()).toList();
    }

    private static HttpResponse<String> decide(long id, String json) {
        return Api.postJson("/api/v1/staff/school-enrolments/" + id + "/decision", json, "Authorization", AGENT);
    }

    /** A multipart upload of documents, each part named after its document. */
    private static HttpResponse<String> upload(String auth, long id, Map<String, byte[]> documents) {
        String boundary = "marelle" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var d : new LinkedHashMap<>(documents).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + d.getKey() + "\"; filename=\""
                    + d.getKey() + ".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(d.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(Api.request("/api/v1/school-enrolments/" + id + "/documents").header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.mediaType(response));
        JsonObject error = Api.json(response).getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> field == null ? !e.containsKey("field") || e.isNull("field") : field.equals(e.getString("field", null)))
                .findFirst().orElse(null);
        assertNotNull(error, "an error on " + field + ": " + response.body());
        assertTrue(error.getString("message").contains(text), response.body());
    }

    private static List<Long> ids(JsonArray items) {
        return items.stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    /** Nothing wider than the phone: no sideways scrolling. */
    private static void assertFitsThePhone(Browser browser) {
        Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width.intValue() <= 390, "no sideways scrolling on a phone: " + width + " px, " + browser.path());
    }

    private static void signIn(Browser browser, String email) {
        browser.open("/login.xhtml");
        browser.type("email", email);
        browser.type("password", ItEnvironment.DEMO_PASSWORD);
        browser.submit("submit");
    }

    private static List<String> audit(long id) throws Exception {
        try (Connection c = ItEnvironment.database(); PreparedStatement s = c.prepareStatement(
                "select action, actor_email from audit_entry where object_type = 'enrolment' and object_id = ? order by id")) {
            s.setString(1, String.valueOf(id));
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return lines;
        }
    }

    private static long enrolmentOf(long childId) {
        return Sql.count("select max(id) from school_enrolment where child_id = " + childId);
    }

    /** The page (20 a page, oldest first) of the submitted queue holding the request. */
    private static int pageOf(long id) {
        long before = Sql.count("select count(*) from school_enrolment where state = 'SUBMITTED' and (submitted_at, id) <"
                + " (select submitted_at, id from school_enrolment where id = " + id + ")");
        return (int) (before / 20) + 1;
    }
}

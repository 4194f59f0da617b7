package fr.marelle.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a family submits online is acknowledged at once by mail (reference, day and time received in
 * Paris, the answer time, that silence means rejection and the remedies then), and what the staff
 * refuse states its signatory and the appeal routes with the town's court, in the mail and on the
 * family's page; invoices state their issuer and how to contest them on the PDF and the page (the
 * invoice mail is checked where invoices are published, in BillingIT).
 * Uses only the demo families famille383 (quotient), famille384 (household request), famille385
 * (registration) and famille30 (room hire, in a room of its own); reads parent@example.org's first invoice
 * without changing it.
 */
class AcknowledgementsIT extends PortalITBase {

    private static final String PATH = "/api/v1/admin/settings/legal";
    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final String COURT = "tribunal administratif de Testeville, 1 quai du Recours, 49100 Testeville";
    private static final String SIGNATORY = "Odile Signataire, adjointe au maire chargée de l’enfance";

    /** The town's settings for these tests: LegalPagesIT's town, with its own support address, signatory, issuer and court. */
    private static final Map<String, String> SET = new LinkedHashMap<>(LegalPagesIT.SET);

    static {
        SET.put("supportEmail", "aide-recours@example.org");
        SET.put("decisionSignatoryName", "Odile Signataire");
        SET.put("decisionSignatoryTitle", "adjointe au maire chargée de l’enfance");
        SET.put("issuerName", "Anne Ordonnatrice");
        SET.put("issuerTitle", "maire de Testeville");
        SET.put("appealCourt", COURT);
        SET.put("answerDays", "21");
        SET.put("silenceMeans", "REJECTION");
    }

    private JsonObject original;

    @BeforeEach
    void setTheTownsAppealSettings() {
        original = Api.json(Api.ok(Api.get(PATH, "Authorization", ADMIN)));
        Api.ok(put(json(SET)));
    }

    @AfterEach
    void putTheTownsValuesBack() {
        JsonObjectBuilder back = Json.createObjectBuilder();
        original.forEach((name, value) -> {
            // every part as it was; the derived members (accessibilityStatus, missing) are not settings
            if (value.getValueType() == JsonValue.ValueType.STRING && !name.equals("accessibilityStatus")) {
                back.add(name, original.getString(name));
            }
        });
        Api.ok(put(back.build().toString()));
    }

    @Test
    void aQuotientDeclaredIsAcknowledgedAndItsRefusalNamesTheSignatoryAndTheCourtInTheMailAndOnThePage() {
        String email = "famille383@example.net";
        String auth = Api.basic(email, ItEnvironment.DEMO_PASSWORD);
        int before = Mailbox.received(email).size();
        String from = ItEnvironment.today().withDayOfYear(1).toString();
        String to = ItEnvironment.today().withMonth(12).withDayOfMonth(31).toString();
        HttpResponse<String> declared = Api.send(HouseholdApiIT.multipart(Api.request("/api/v1/household/quotient")
                .header("Authorization", auth), "777", from, to, "avis.pdf", PDF));
        assertEquals(201, declared.statusCode(), declared.body());
        JsonObject quotient = Api.json(declared);
        long id = quotient.getJsonNumber("id").longValue();
        String reference = reference("Q", quotient.getString("submittedAt"), id);

        Mailbox.Mail ack = awaitMail(email, before, "déclaration de quotient familial reçue");
        assertAcknowledgement(ack, reference, quotient.getString("submittedAt"));
        assertTrue(ack.body().contains("777"), ack.body());

        HttpResponse<String> refused = Api.postJson("/api/v1/staff/households/quotients/" + id + "/refuse",
                "{\"message\":\"L’attestation CAF est illisible.\"}", "Authorization", AGENT);
        assertEquals(200, refused.statusCode(), refused.body());
        Mailbox.Mail decision = awaitMail(email, before + 1, "n’a pas été validé");
        assertDecision(decision, "L’attestation CAF est illisible.");

        String page = text(PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD).get("/parent/quotient.xhtml"));
        assertShows("quotient page", page, reference, "L’attestation CAF est illisible.", "Décision prise par " + SIGNATORY,
                "recours contentieux devant le " + COURT);
        assertEquals(1, Sql.count("select count(*) from family_quotient where id = " + id
                + " and decision_signatory = '" + SIGNATORY.replace("'", "''") + "'"), "the signatory is kept with the decision");
    }

    @Test
    void aHouseholdRequestIsAcknowledgedAndItsRefusalStatesTheAppealRoutes() {
        String email = "famille384@example.net";
        String auth = Api.basic(email, ItEnvironment.DEMO_PASSWORD);
        long child = Api.array(Api.ok(Api.get("/api/v1/household/children", "Authorization", auth))).getJsonObject(0)
                .getJsonNumber("id").longValue();
        int before = Mailbox.received(email).size();
        HttpResponse<String> submitted = Api.postJson("/api/v1/household/requests", "{\"type\":\"NOT_ALLOWED_PERSON\","
                + "\"childId\":" + child + ",\"firstName\":\"Paul\",\"lastName\":\"Recours\",\"relation\":\"voisin\"}",
                "Authorization", auth);
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonObject request = Api.json(submitted);
        long id = request.getJsonNumber("id").longValue();
        String reference = reference("D", request.getString("submittedAt"), id);
        assertAcknowledgement(awaitMail(email, before, "demande reçue"), reference, request.getString("submittedAt"));

        HttpResponse<String> refused = Api.postJson("/api/v1/staff/household-requests/" + id + "/decision",
                "{\"decision\":\"REFUSED\",\"message\":\"Aucune décision de justice jointe.\"}", "Authorization", AGENT);
        assertEquals(200, refused.statusCode(), refused.body());
        assertDecision(awaitMail(email, before + 1, "demande non validée"), "Aucune décision de justice jointe.");

        String page = text(PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD).get("/parent/requests.xhtml"));
        assertShows("requests page", page, reference, "Voies et délais de recours", "Décision prise par " + SIGNATORY, COURT);
    }

    @Test
    void aRegistrationRequestIsAcknowledgedAndItsRefusalStatesTheAppealRoutes() {
        String email = "famille385@example.net";
        String auth = Api.basic(email, ItEnvironment.DEMO_PASSWORD);
        int before = Mailbox.received(email).size();
        JsonObject registration = anyRegistration(auth);
        long id = registration.getJsonNumber("id").longValue();
        String reference = reference("I", registration.getString("submittedAt"), id);
        assertAcknowledgement(awaitMail(email, before, "demande d’inscription"), reference, registration.getString("submittedAt"));

        HttpResponse<String> refused = Api.postJson("/api/v1/staff/registrations/" + id + "/decision",
                "{\"state\":\"REFUSED\",\"message\":\"Le groupe est complet cette année.\"}", "Authorization", AGENT);
        assertEquals(200, refused.statusCode(), refused.body());
        assertDecision(awaitMail(email, before + 1, "Refusée"), "Le groupe est complet cette année.");

        String page = text(PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD).get("/parent/registrations.xhtml"));
        assertShows("registrations page", page, reference, "Voies et délais de recours", "Décision prise par " + SIGNATORY,
                COURT);
    }

    @Test
    void aRoomHireRequestIsAcknowledgedWithItsReferenceAndItsRefusalStatesTheAppealRoutes() {
        String email = "famille30@example.net";
        String auth = Api.basic(email, ItEnvironment.DEMO_PASSWORD);
        // the demo town gives some families English: this one reads its mails and pages in French
        Sql.update("update account set language = 'fr' where email = '" + email + "'");
        long site = Api.array(Api.ok(Api.get("/api/v1/staff/sites", "Authorization", AGENT))).getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> room = Api.postJson("/api/v1/staff/rooms", Json.createObjectBuilder().add("siteId", site)
                .add("name", "Salle des accusés de réception " + System.nanoTime()).add("capacity", 50)
                .add("opensAt", "08:00").add("closesAt", "22:00").add("minNoticeDays", 1).add("maxAdvanceDays", 60)
                .add("prices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "STANDARD")
                        .add("hourCents", 2000))).build().toString(), "Authorization", AGENT);
        assertEquals(201, room.statusCode(), room.body());
        long roomId = Api.json(room).getJsonNumber("id").longValue();
        int before = Mailbox.received(email).size();
        String day = ItEnvironment.today().plusDays(10).toString();
        HttpResponse<String> asked = Api.postJson("/api/v1/room-hires", Json.createObjectBuilder().add("roomId", roomId)
                .add("start", day + "T10:00").add("end", day + "T12:00").add("purpose", "Réunion de copropriété")
                .add("attendance", 20).build().toString(), "Authorization", auth);
        assertEquals(201, asked.statusCode(), asked.body());
        JsonObject hire = Api.json(asked);
        long id = hire.getJsonNumber("id").longValue();
        String reference = reference("L", hire.getString("receivedAt"), id);
        assertEquals(reference, hire.getString("reference"), "the API gives the reference the mail quotes");
        assertEquals(reference, Api.json(Api.ok(Api.get("/api/v1/room-hires/" + id, "Authorization", auth))).getString("reference"));
        Mailbox.Mail ack = awaitMail(email, before, "accusé de réception");
        assertTrue(ack.subject().contains(reference), ack.subject());
        assertAcknowledgement(ack, reference, hire.getString("receivedAt"));

        HttpResponse<String> refused = Api.postJson("/api/v1/staff/room-hires/" + id + "/decision",
                "{\"decision\":\"REFUSE\",\"reason\":\"La salle est réservée aux associations ce jour-là.\"}",
                "Authorization", AGENT);
        assertEquals(200, refused.statusCode(), refused.body());
        Mailbox.Mail decision = awaitMail(email, before + 1, "refusée");
        assertDecision(decision, "La salle est réservée aux associations ce jour-là.");
        assertTrue(decision.body().contains(reference), decision.body());

        String page = text(PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD).get("/parent/rooms.xhtml?room=" + roomId));
        assertShows("room hire page", page, reference, "Décision prise par " + SIGNATORY, COURT);
    }

    @Test
    void anInvoiceStatesItsIssuerAndHowToContestItOnItsPdfAndItsPage() throws Exception {
        long invoice = Sql.count("select min(i.id) from invoice i join guardian g on g.household_id = i.household_id"
                + " join account a on a.id = g.account_id where a.email = 'parent@example.org'");
        String text = invoicePdf(invoice);
        assertShows("invoice PDF", text, "Voies et délais de recours", "Ordonnateur : Anne Ordonnatrice, maire de Testeville.",
                "L.1617-5", "deux mois suivant la réception", "tribunal administratif de Testeville", "juge de l’exécution",
                "aide-recours@example.org");

        String page = text(PageSession.signIn("parent@example.org", ItEnvironment.DEMO_PASSWORD)
                .get("/parent/invoice.xhtml?id=" + invoice));
        assertShows("invoice page", page, "Voies et délais de recours", "Anne Ordonnatrice, maire de Testeville", COURT);

        // a court of the judiciary order for invoices, when the town names one, replaces the administrative court
        Map<String, String> judiciary = new LinkedHashMap<>(SET);
        judiciary.put("invoiceCourt", "tribunal judiciaire de Testeville");
        Api.ok(put(json(judiciary)));
        assertShows("invoice PDF", invoicePdf(invoice), "en saisissant le tribunal judiciaire de Testeville");
    }

    @Test
    void theAnswerTimeAndTheSilenceRuleAreChecked() {
        Map<String, String> wrong = new LinkedHashMap<>(SET);
        wrong.put("answerDays", "0");
        wrong.put("silenceMeans", "PEUT-ÊTRE");
        HttpResponse<String> refused = put(json(wrong));
        assertEquals(400, refused.statusCode(), refused.body());
        List<String> fields = new ArrayList<>();
        Api.json(refused).getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(List.of("answerDays", "silenceMeans"), fields.stream().sorted().toList(), refused.body());
        assertTrue(refused.body().contains("entre 1 et 365"), refused.body());
        JsonObject saved = Api.json(Api.get(PATH, "Authorization", ADMIN));
        assertEquals("21", saved.getString("answerDays"), "nothing saved");
        assertEquals(COURT, saved.getString("appealCourt"));
    }

    // ------------------------------------------------------------ helpers

    private static HttpResponse<String> put(String json) {
        return Api.send(Api.request(PATH).header("Authorization", ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static String json(Map<String, String> values) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        values.forEach(body::add);
        return body.build().toString();
    }

    /** The reference the portal gives: the kind's letter, the year received in Paris and the id on six digits. */
    private static String reference(String letter, String submittedAt, long id) {
        return String.format("%s-%d-%06d", letter, OffsetDateTime.parse(submittedAt).atZoneSameInstant(PARIS).getYear(), id);
    }

    /** Reference, the day and time received on the portal's clock (Paris), the answer time, silence and remedies. */
    private static void assertAcknowledgement(Mailbox.Mail mail, String reference, String submittedAt) {
        var received = OffsetDateTime.parse(submittedAt).atZoneSameInstant(PARIS);
        assertEquals(ItEnvironment.today(), received.toLocalDate(), "received on the portal's day, not the machine's");
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH).format(received);
        assertShows("acknowledgement", mail.body(), "Référence : " + reference,
                "Reçue le " + day + " à " + DateTimeFormatter.ofPattern("HH:mm").format(received) + " (heure de Paris)",
                "dans un délai de 21 jours", "réputée rejetée", "recours gracieux auprès du maire",
                "devant le " + COURT, "Télérecours citoyens", "L.112-11", "aide-recours@example.org");
    }

    /** The reasons, the signatory and the appeal routes with the court. */
    private static void assertDecision(Mailbox.Mail mail, String reasons) {
        assertShows("decision", mail.body(), reasons, "Décision prise par " + SIGNATORY + ".", "Voies et délais de recours",
                "recours contentieux devant le " + COURT, "deux mois à compter de sa notification", "Télérecours citoyens");
    }

    /** A registration of one of the household's children to the first activity that accepts it. */
    private static JsonObject anyRegistration(String auth) {
        List<Long> activities = new ArrayList<>();
        try (Connection db = ItEnvironment.database(); PreparedStatement s = db.prepareStatement(
                "select id from activity where active and registration_required order by id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                activities.add(rs.getLong(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> refusals = new ArrayList<>();
        for (JsonValue c : Api.array(Api.ok(Api.get("/api/v1/household/children", "Authorization", auth)))) {
            long child = c.asJsonObject().getJsonNumber("id").longValue();
            for (long activity : activities) {
                HttpResponse<String> created = Api.postJson("/api/v1/registrations", "{\"childId\":" + child
                        + ",\"activityId\":" + activity + "}", "Authorization", auth);
                if (created.statusCode() == 201) {
                    return Api.json(created);
                }
                refusals.add(created.body());
            }
        }
        return fail("no activity accepts a registration of famille385's children: " + refusals);
    }

    /** The first mail to the recipient after the first {@code before} ones whose subject says it. */
    private static Mailbox.Mail awaitMail(String recipient, int before, String subject) {
        for (int count = before + 1; ; count++) {
            List<Mailbox.Mail> all = Mailbox.await(recipient, count);
            var found = all.subList(before, all.size()).stream().filter(m -> m.subject().contains(subject)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
    }

    /** The text of parent@example.org's invoice PDF, as the family downloads it. */
    private static String invoicePdf(long invoice) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                Api.request("/api/v1/invoices/" + invoice + "/pdf")
                        .header("Authorization", Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD))
                        .header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        return ReadableText.pdf(pdf.body());
    }

    private static String text(HttpResponse<String> page) {
        return ReadableText.page(page);
    }

    private static void assertShows(String what, String text, String... expected) {
        String flat = text.replaceAll("\\s+", " ");
        for (String e : expected) {
            assertTrue(flat.contains(e), what + " should show «" + e + "»: " + text);
        }
    }
}

package fr.marelle.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.marelle.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Account types and room hire through the API: an association signs up with its RNA number, asks for a slot
 * at the price quoted, uploads the insurance certificate an agent asks for, is accepted and invoiced in the
 * room-hire régie; the deposit is returned after the event. Overlapping slots are refused, also when two
 * families ask at the same moment; nobody reads or changes another's hire by its id. Families famille13 …
 * famille20 and famille33 are this class's own, and the rooms it creates.
 */
class RoomHireIT extends PortalITBase {

    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String PASSWORD = "Salle-Des-Fetes-2027!";
    private static final LocalDate TODAY = ItEnvironment.today();

    private static String family(int n) {
        return Api.basic("famille" + n + "@example.net", ItEnvironment.DEMO_PASSWORD);
    }

    /** A room of this test's own: open 08:00–23:00, two days' notice, a deposit of 300 €. */
    private static long createRoom(String name) {
        long siteId = Api.array(ok(Api.get("/api/v1/staff/sites", "Authorization", AGENT))).getJsonObject(0)
                .getJsonNumber("id").longValue();
        String room = Json.createObjectBuilder().add("siteId", siteId).add("name", name).add("capacity", 120)
                .add("equipment", "Cuisine, 80 chaises").add("opensAt", "08:00").add("closesAt", "23:00")
                .add("minNoticeDays", 2).add("maxAdvanceDays", 90).add("depositCents", 30000)
                .add("prices", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("category", "STANDARD").add("hourCents", 5000)
                                .add("halfDayCents", 18000).add("dayCents", 35000).add("cleaningCents", 6000))
                        .add(Json.createObjectBuilder().add("category", "RESIDENT").add("hourCents", 3000)
                                .add("halfDayCents", 11000).add("dayCents", 20000).add("cleaningCents", 6000))
                        .add(Json.createObjectBuilder().add("category", "ASSOCIATION").add("hourCents", 1000)
                                .add("halfDayCents", 3500).add("dayCents", 6000).add("cleaningCents", 2500)))
                .build().toString();
        HttpResponse<String> created = Api.postJson("/api/v1/staff/rooms", room, "Authorization", AGENT);
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> ask(String who, long roomId, LocalDate day, String from, String to, int people) {
        return Api.postJson("/api/v1/room-hires", Json.createObjectBuilder().add("roomId", roomId)
                .add("start", day + "T" + from).add("end", day + "T" + to).add("purpose", "Réunion publique")
                .add("attendance", people).build().toString(), "Authorization", who);
    }

    private static HttpResponse<String> decide(long hireId, String body) {
        return Api.postJson("/api/v1/staff/room-hires/" + hireId + "/decision", body, "Authorization", AGENT);
    }

    private static HttpResponse<String> upload(String who, long hireId, String type, byte[] content) {
        return Api.send(Api.request("/api/v1/room-hires/" + hireId + "/insurance").header("Authorization", who)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    @Test
    void anAssociationSignsUpHiresARoomIsInvoicedAndGetsItsDepositBack() throws Exception {
        // sign-up: the number is checked, then the association's account shows its type and number
        String email = "asso-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var account = Json.createObjectBuilder().add("firstName", "Nadia").add("lastName", "Roussel").add("email", email)
                .add("password", PASSWORD).add("termsAccepted", true).add("accountType", "ASSOCIATION")
                .add("organisationName", "Les Joyeux Randonneurs");
        HttpResponse<String> refused = Api.postJson("/api/v1/accounts",
                account.add("organisationNumber", "W12345").build().toString(), "Accept-Language", "fr");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("organisationNumber") && refused.body().contains("RNA"), refused.body());
        account = Json.createObjectBuilder().add("firstName", "Nadia").add("lastName", "Roussel").add("email", email)
                .add("password", PASSWORD).add("termsAccepted", true).add("accountType", "ASSOCIATION")
                .add("organisationName", "Les Joyeux Randonneurs").add("organisationNumber", "w491 234 568");
        assertEquals(201, Api.postJson("/api/v1/accounts", account.build().toString()).statusCode());
        String link = Mailbox.await(email, 1).get(0).link(ItEnvironment.baseUrl() + "/activate.xhtml?token=");
        assertTrue(Activation.throughPage(link).contains("Votre compte est activé"));
        String asso = Api.basic(email, PASSWORD);
        JsonObject me = Api.json(ok(Api.get("/api/v1/me", "Authorization", asso)));
        assertEquals("ASSOCIATION", me.getString("accountType"));
        assertEquals("W491234568", me.getJsonObject("organisation").getString("number"));
        assertEquals("Les Joyeux Randonneurs", me.getJsonObject("organisation").getString("name"));
        assertEquals("PRIVATE", Api.json(ok(Api.get("/api/v1/me", "Authorization", family(13)))).getString("accountType"),
                "existing parents are private persons");

        // no household file yet: no hire; with one (its billing address), a hire without any child
        long roomId = createRoom("Salle Gérard-Philipe " + UUID.randomUUID().toString().substring(0, 6));
        LocalDate day = TODAY.plusDays(5);
        HttpResponse<String> noFile = ask(asso, roomId, day, "14:00", "18:00", 60);
        assertEquals(400, noFile.statusCode(), noFile.body());
        ok(Api.send(Api.request("/api/v1/household").header("Authorization", asso).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("name", "Les Joyeux Randonneurs")
                        .add("addressLine1", "3 rue du Parc").add("postcode", "49100").add("city", "Marelle")
                        .add("phone", "02 41 00 11 22").build().toString(), StandardCharsets.UTF_8))));

        // the calendar and the price before asking: 4 hours is a half-day at the association's price + cleaning
        assertTrue(Api.array(ok(Api.get("/api/v1/rooms", "Authorization", asso))).stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == roomId));
        JsonObject quote = Api.json(ok(Api.get("/api/v1/rooms/" + roomId + "/quote?start=" + day + "T14:00&end=" + day
                + "T18:00", "Authorization", asso)));
        assertEquals("ASSOCIATION", quote.getString("category"));
        assertEquals("HALF_DAY", quote.getString("unit"));
        assertEquals(3500 + 2500, quote.getInt("totalCents"));
        assertEquals(30000, quote.getInt("depositCents"));
        HttpResponse<String> tooSoon = ask(asso, roomId, TODAY.plusDays(1), "14:00", "18:00", 60);
        assertEquals(400, tooSoon.statusCode());
        assertTrue(tooSoon.body().contains("2 jours"), tooSoon.body());

        HttpResponse<String> asked = ask(asso, roomId, day, "14:00", "18:00", 60);
        assertEquals(201, asked.statusCode(), asked.body());
        JsonObject hire = Api.json(asked);
        long hireId = hire.getJsonNumber("id").longValue();
        assertEquals("REQUESTED", hire.getString("status"));
        assertEquals(6000, hire.getInt("totalCents"));
        assertTrue(Mailbox.awaitMatching(email, m -> m.subject().contains("demandée")).body().contains("60,00"));

        // the calendar shows the slot taken, never by whom
        HttpResponse<String> calendar = ok(Api.get("/api/v1/rooms/" + roomId + "/availability?from=" + day + "&to="
                + day.plusDays(6), "Authorization", family(14)));
        JsonObject first = Api.array(calendar).getJsonObject(0);
        assertEquals(day.toString(), first.getString("day"));
        assertEquals("14:00", first.getJsonArray("taken").getJsonObject(0).getString("start"));
        assertEquals("18:00", first.getJsonArray("free").getJsonObject(1).getString("start"));
        assertFalse(calendar.body().contains("Randonneurs") || calendar.body().contains(email), calendar.body());

        // another family cannot read or change it by its id, nor take an overlapping slot (409 problem)
        assertEquals(404, Api.get("/api/v1/room-hires/" + hireId, "Authorization", family(14)).statusCode());
        assertEquals(404, upload(family(14), hireId, "application/pdf", "%PDF-1.4 x".getBytes()).statusCode());
        assertEquals(404, Api.postJson("/api/v1/room-hires/" + hireId + "/withdrawal", "", "Authorization", family(14)).statusCode());
        HttpResponse<String> overlap = ask(family(14), roomId, day, "17:30", "20:00", 20);
        assertEquals(409, overlap.statusCode(), overlap.body());
        assertEquals("application/problem+json", Api.mediaType(overlap));
        assertTrue(Api.json(overlap).getString("title").contains("déjà pris"), overlap.body());
        assertEquals(403, Api.postJson("/api/v1/staff/room-hires/" + hireId + "/decision", "{\"decision\":\"ACCEPT\"}",
                "Authorization", asso).statusCode(), "a family cannot decide");

        // the agent asks for the insurance certificate first; the upload is checked by its content
        assertTrue(Api.json(ok(decide(hireId, "{\"decision\":\"REQUIRE_INSURANCE\"}"))).getBoolean("insuranceRequired"));
        HttpResponse<String> early = decide(hireId, "{\"decision\":\"ACCEPT\"}");
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains("assurance"), early.body());
        assertEquals(400, upload(asso, hireId, "application/pdf", "not a pdf at all".getBytes()).statusCode());
        assertTrue(Api.json(ok(upload(asso, hireId, "application/pdf", "%PDF-1.4\n%insurance\n".getBytes())))
                .getBoolean("insuranceUploaded"));

        // accepted: invoiced at once in the room-hire régie (rent and cleaning, not the deposit), deposit held
        JsonObject accepted = Api.json(ok(decide(hireId, "{\"decision\":\"ACCEPT\"}")));
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals("HELD", accepted.getString("depositStatus"));
        long invoiceId = accepted.getJsonNumber("invoiceId").longValue();
        JsonObject invoice = Api.json(ok(Api.get("/api/v1/invoices/" + invoiceId, "Authorization", asso)));
        assertEquals(6000, invoice.getJsonObject("invoice").getInt("totalCents"));
        assertTrue(invoice.getJsonObject("invoice").getString("number").contains("LOCATION_SALLES"), invoice.toString());
        // the hire's line names no child nor session: it says which hire, room and hours (its day beside)
        JsonObject line = invoice.getJsonArray("lines").getJsonObject(0);
        assertFalse(line.containsKey("childId") && !line.isNull("childId"), line.toString());
        assertFalse(line.containsKey("sessionId") && !line.isNull("sessionId"), line.toString());
        assertFalse(line.containsKey("child") && !line.isNull("child"), line.toString());
        assertEquals(hireId, line.getJsonNumber("roomHireId").longValue());
        assertTrue(line.getString("activity").endsWith(", 14:00–18:00") && line.getString("activity").startsWith("Salle Gérard-Philipe"),
                line.toString());
        assertEquals(day.toString(), line.getString("day"));
        String pdf = invoicePdf(asso, invoiceId);
        // (a table cell may wrap anywhere: words are looked for one by one)
        assertTrue(pdf.contains("Location de salle :") && pdf.contains("Gérard") && pdf.contains("sans objet"), pdf);
        assertFalse(pdf.contains("Les Joyeux Randonneurs Salle"), "the hirer is not in the child's column: " + pdf);
        assertEquals(404, Api.get("/api/v1/invoices/" + invoiceId, "Authorization", family(14)).statusCode());
        assertTrue(Mailbox.awaitMatching(email, m -> m.subject().contains("acceptée")).body().contains("caution"));
        assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'ROOM_HIRE_ACCEPT' and object_id = '" + hireId + "'"));
        assertTrue(Api.array(ok(Api.get("/api/v1/household/history", "Authorization", asso))).stream()
                        .map(c -> c.asJsonObject()).anyMatch(c -> "room_hire.status".equals(c.getString("field"))
                                && "ACCEPTED".equals(c.getString("newValue", null))),
                "the decision is in the household's history");

        // the deposit is settled after the event only; keeping it needs a reason
        HttpResponse<String> tooEarly = Api.postJson("/api/v1/staff/room-hires/" + hireId + "/deposit",
                "{\"outcome\":\"RETURNED\"}", "Authorization", AGENT);
        assertEquals(400, tooEarly.statusCode(), tooEarly.body());
        try {
            TestClock.forward(Duration.ofDays(7));
            assertEquals(400, Api.postJson("/api/v1/staff/room-hires/" + hireId + "/deposit", "{\"outcome\":\"KEPT\"}",
                    "Authorization", AGENT).statusCode());
            JsonObject returned = Api.json(ok(Api.postJson("/api/v1/staff/room-hires/" + hireId + "/deposit",
                    "{\"outcome\":\"RETURNED\"}", "Authorization", AGENT)));
            assertEquals("RETURNED", returned.getString("depositStatus"));
            // awaited before the clock goes back: the mail is due at the moved clock's time
            assertTrue(Mailbox.awaitMatching(email, m -> m.body().contains("caution vous est rendue")).subject().contains("acceptée"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void withoutNoticeASlotOfTodayIsAskedOnlyBeforeItBegins() {
        String agentRoom = Json.createObjectBuilder().add("siteId", Api.array(ok(Api.get("/api/v1/staff/sites", "Authorization",
                        AGENT))).getJsonObject(0).getJsonNumber("id").longValue())
                .add("name", "Salle Signoret " + UUID.randomUUID().toString().substring(0, 6)).add("capacity", 30)
                .add("opensAt", "00:00").add("closesAt", "23:30").add("minNoticeDays", 0)
                .add("prices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "STANDARD")
                        .add("hourCents", 1000))).build().toString();
        HttpResponse<String> created = Api.postJson("/api/v1/staff/rooms", agentRoom, "Authorization", AGENT);
        assertEquals(201, created.statusCode(), created.body());
        long roomId = Api.json(created).getJsonNumber("id").longValue();
        // the test portal's clock starts at 14:00 (Paris) and runs on
        LocalDateTime now = LocalDateTime.now(ItEnvironment.clock());
        LocalDateTime begun = now.withMinute(now.getMinute() < 30 ? 0 : 30).withSecond(0).withNano(0);
        HttpResponse<String> late = ask(family(33), roomId, TODAY, begun.toLocalTime().toString(),
                begun.plusHours(1).toLocalTime().toString(), 10);
        assertEquals(400, late.statusCode(), late.body());
        assertTrue(late.body().contains("déjà commencé"), late.body());
        LocalDateTime later = begun.plusHours(1);
        HttpResponse<String> ahead = ask(family(33), roomId, TODAY, later.toLocalTime().toString(),
                later.plusHours(1).toLocalTime().toString(), 10);
        assertEquals(201, ahead.statusCode(), ahead.body());
    }

    /** The text of an invoice's PDF, in French, as its household downloads it. */
    private static String invoicePdf(String who, long invoiceId) throws Exception {
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(Api.request("/api/v1/invoices/" + invoiceId
                + "/pdf").header("Authorization", who).header("Accept", "*/*").header("Accept-Language", "fr").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        return ReadableText.pdf(pdf.body()).replaceAll("\\s+", " ");
    }

    @Test
    void twoFamiliesAskingForTheSameSlotAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        long roomId = createRoom("Salle Jean-Vilar " + UUID.randomUUID().toString().substring(0, 6));
        LocalDate day = TODAY.plusDays(6);
        for (int round = 0; round < 3; round++) {
            String from = (10 + 3 * round) + ":00";
            String to = (12 + 3 * round) + ":00";
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<HttpResponse<String>>> calls = List.of(
                        () -> { start.await(); return ask(family(15), roomId, day, from, to, 10); },
                        () -> { start.await(); return ask(family(16), roomId, day, from, to, 10); });
                List<Future<HttpResponse<String>>> answers = calls.stream().map(pool::submit).toList();
                start.countDown();
                List<Integer> statuses = new java.util.ArrayList<>();
                for (Future<HttpResponse<String>> a : answers) {
                    HttpResponse<String> r = a.get();
                    statuses.add(r.statusCode());
                    if (r.statusCode() == 409) {
                        assertTrue(Api.json(r).getString("detail").contains("autre"), r.body());
                    }
                }
                statuses.sort(null);
                assertEquals(List.of(201, 409), statuses, "round " + round);
            } finally {
                pool.shutdownNow();
            }
        }
        assertEquals(3, Sql.count("select count(*) from room_hire where room_id = " + roomId));
    }

    @Test
    void anAgentRefusesWithTheAppealRoutesOrProposesAnotherSlotTheFamilyTakes() {
        long roomId = createRoom("Salle Molière " + UUID.randomUUID().toString().substring(0, 6));
        LocalDate day = TODAY.plusDays(8);
        JsonObject first = Api.json(ask(family(17), roomId, day, "09:00", "11:00", 15));
        long refusedId = first.getJsonNumber("id").longValue();
        assertEquals(400, decide(refusedId, "{\"decision\":\"REFUSE\"}").statusCode(), "a refusal states its reason");
        JsonObject refused = Api.json(ok(decide(refusedId, "{\"decision\":\"REFUSE\",\"reason\":\"Salle réservée aux élections\"}")));
        assertEquals("REFUSED", refused.getString("status"));
        assertNotNull(refused.getString("decisionSignatory", null));
        Mailbox.Mail mail = Mailbox.awaitMatching("famille17@example.net", m -> m.subject().contains("refusée"));
        assertTrue(mail.body().contains("Salle réservée aux élections") && mail.body().contains("tribunal administratif"), mail.body());
        // a refused slot is free again
        assertEquals(201, ask(family(18), roomId, day, "09:00", "11:00", 15).statusCode());

        long hireId = Api.json(ask(family(19), roomId, day, "15:00", "17:00", 15)).getJsonNumber("id").longValue();
        HttpResponse<String> taken = decide(hireId, "{\"decision\":\"PROPOSE\",\"start\":\"" + day + "T09:30\",\"end\":\""
                + day + "T10:30\"}");
        assertEquals(409, taken.statusCode(), "the slot proposed is held by famille18: " + taken.body());
        JsonObject proposed = Api.json(ok(decide(hireId, "{\"decision\":\"PROPOSE\",\"start\":\"" + day
                + "T18:00\",\"end\":\"" + day + "T20:00\",\"reason\":\"L’après-midi est pris par le club\"}")));
        assertEquals("PROPOSED", proposed.getString("status"));
        assertEquals(day + "T18:00", proposed.getString("start"));
        assertEquals(404, Api.postJson("/api/v1/room-hires/" + hireId + "/proposal-answer", "{\"accept\":true}",
                "Authorization", family(20)).statusCode());
        JsonObject taken2 = Api.json(ok(Api.postJson("/api/v1/room-hires/" + hireId + "/proposal-answer", "{\"accept\":true}",
                "Authorization", family(19))));
        assertEquals("REQUESTED", taken2.getString("status"));
        JsonArray mine = Api.array(ok(Api.get("/api/v1/room-hires", "Authorization", family(19))));
        assertTrue(mine.stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == hireId));
        assertFalse(Api.array(ok(Api.get("/api/v1/room-hires", "Authorization", family(20)))).stream()
                .anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == hireId));
    }
}

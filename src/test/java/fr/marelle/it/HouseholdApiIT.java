package fr.marelle.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The household file API end to end: the security matrix (every object type x own household,
 * other household, no login, staff), bad input, proof uploads refused by content and size, the
 * quotient accepted by an agent with the mail and the history, and the staff search.
 * The demo town gives the households: parent@example.org (Martin) and famille1..n@example.net; famille311
 * moves abroad with a civility.
 */
class HouseholdApiIT extends PortalITBase {

    private static final String PARENT = Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String OTHER = Api.basic("famille1@example.net", ItEnvironment.DEMO_PASSWORD);
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** The period of the quotients declared: the calendar year of the portal's today. */
    private static final String FROM = ItEnvironment.today().withDayOfYear(1).toString();
    private static final String TO = ItEnvironment.today().withMonth(12).withDayOfMonth(31).toString();

    private static long ownHousehold;
    private static long ownChild;
    private static long ownPickup;
    private static long ownQuotient;
    private static long otherHousehold;
    private static long otherChild;
    private static long otherPickup;
    private static long otherQuotient;

    @BeforeAll
    static void findTheObjectsOfTwoHouseholds() {
        ownHousehold = Api.json(ok(get("/api/v1/household", PARENT))).getJsonNumber("id").longValue();
        ownChild = firstId(get("/api/v1/household/children", PARENT));
        ownPickup = firstId(get("/api/v1/household/children/" + ownChild + "/pickup-persons", PARENT));
        ownQuotient = firstId(get("/api/v1/household/quotients", PARENT));

        otherHousehold = Api.json(ok(get("/api/v1/household", OTHER))).getJsonNumber("id").longValue();
        otherChild = firstId(get("/api/v1/household/children", OTHER));
        otherPickup = Api.json(created(Api.postJson("/api/v1/household/children/" + otherChild + "/pickup-persons",
                "{\"firstName\":\"Jeanne\",\"lastName\":\"Roux\",\"relation\":\"tante\",\"phone\":\"06 11 22 33 44\","
                        + "\"mayPickUp\":true}", "Authorization", OTHER))).getJsonNumber("id").longValue();
        otherQuotient = Api.json(created(upload(OTHER, "720", FROM, TO, "caf.pdf", PDF)))
                .getJsonNumber("id").longValue();
    }

    // ------------------------------------------------------------------ security matrix

    @Test
    void everyObjectOfTheHouseholdFileIsOnlyReachableByItsGuardiansAndStaff() {
        String child = "/api/v1/household/children/";
        String ownPickupPath = child + ownChild + "/pickup-persons/" + ownPickup;
        String otherPickupPath = child + otherChild + "/pickup-persons/" + otherPickup;
        String pickupOfOwnChildWithOtherId = child + ownChild + "/pickup-persons/" + otherPickup;
        String childJson = "{\"firstName\":\"Zoé\",\"lastName\":\"Intruse\",\"birthDate\":\"2019-05-04\"}";
        String pickupJson = "{\"firstName\":\"Eve\",\"lastName\":\"Intruse\",\"relation\":\"amie\",\"phone\":\"0611223344\",\"mayPickUp\":true}";

        Map<String, Integer> actual = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        // object type x who -> status
        record Case(String name, String method, String path, String body, String auth, int status) {
        }
        List<Case> cases = List.of(
                new Case("household own", "GET", "/api/v1/household", null, PARENT, 200),
                new Case("household no login", "GET", "/api/v1/household", null, null, 401),
                new Case("household staff (parent API)", "GET", "/api/v1/household", null, AGENT, 403),
                new Case("household staff", "GET", "/api/v1/staff/households/" + ownHousehold, null, AGENT, 200),
                new Case("household other via staff API", "GET", "/api/v1/staff/households/" + otherHousehold, null, PARENT, 403),
                new Case("household search by parent", "GET", "/api/v1/staff/households?q=martin", null, PARENT, 403),
                new Case("household search no login", "GET", "/api/v1/staff/households?q=martin", null, null, 401),

                new Case("child own", "GET", child + ownChild, null, PARENT, 200),
                new Case("child other", "GET", child + otherChild, null, PARENT, 404),
                new Case("child other put", "PUT", child + otherChild, childJson, PARENT, 404),
                new Case("child other delete", "DELETE", child + otherChild, null, PARENT, 404),
                new Case("child no login", "GET", child + ownChild, null, null, 401),
                new Case("child staff (parent API)", "GET", child + ownChild, null, AGENT, 403),
                new Case("child unknown", "GET", child + 999_999, null, PARENT, 404),

                new Case("pickups own", "GET", child + ownChild + "/pickup-persons", null, PARENT, 200),
                new Case("pickups other", "GET", child + otherChild + "/pickup-persons", null, PARENT, 404),
                new Case("pickup add to other child", "POST", child + otherChild + "/pickup-persons", pickupJson, PARENT, 404),
                new Case("pickup own", "GET", ownPickupPath, null, PARENT, 200),
                new Case("pickup other", "GET", otherPickupPath, null, PARENT, 404),
                new Case("pickup other id under own child", "GET", pickupOfOwnChildWithOtherId, null, PARENT, 404),
                new Case("pickup other put", "PUT", otherPickupPath, pickupJson, PARENT, 404),
                new Case("pickup other delete", "DELETE", pickupOfOwnChildWithOtherId, null, PARENT, 404),
                new Case("pickup no login", "GET", ownPickupPath, null, null, 401),
                new Case("pickup staff (parent API)", "GET", ownPickupPath, null, AGENT, 403),

                new Case("history own", "GET", "/api/v1/household/history", null, PARENT, 200),
                new Case("history no login", "GET", "/api/v1/household/history", null, null, 401),
                new Case("history staff (parent API)", "GET", "/api/v1/household/history", null, AGENT, 403),

                new Case("proof own", "GET", "/api/v1/household/quotients/" + ownQuotient + "/proof", null, PARENT, 200),
                new Case("proof other", "GET", "/api/v1/household/quotients/" + otherQuotient + "/proof", null, PARENT, 404),
                new Case("proof no login", "GET", "/api/v1/household/quotients/" + ownQuotient + "/proof", null, null, 401),
                new Case("proof staff", "GET", "/api/v1/staff/households/quotients/" + otherQuotient + "/proof", null, AGENT, 200),
                new Case("proof via staff API by parent", "GET", "/api/v1/staff/households/quotients/" + otherQuotient + "/proof", null, PARENT, 403),
                new Case("quotient decision by parent", "POST", "/api/v1/staff/households/quotients/" + ownQuotient + "/accept", "{}", PARENT, 403),
                new Case("quotient upload no login", "POST", "/api/v1/household/quotient", "multipart", null, 401));
        for (Case c : cases) {
            HttpRequest.Builder request = Api.request(c.path());
            if ("multipart".equals(c.body())) {
                request = multipart(request, "720", FROM, TO, "caf.pdf", PDF);
            } else if (c.body() != null) {
                request.header("Content-Type", "application/json")
                        .method(c.method(), HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
            } else {
                request.method(c.method(), HttpRequest.BodyPublishers.noBody());
            }
            if (c.auth() != null) {
                request.header("Authorization", c.auth());
            }
            actual.put(c.name(), Api.send(request).statusCode());
            expected.put(c.name(), c.status());
        }
        assertEquals(expected, actual);

        // nothing was changed in the other household by the refused writes
        JsonObject otherChildNow = Api.json(ok(get(child + otherChild, OTHER)));
        assertFalse(otherChildNow.getString("lastName").contains("Intruse"));
        assertEquals(200, get(otherPickupPath, OTHER).statusCode());
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void aChildWithBadDataIsRefusedFieldByFieldAndNothingIsSaved() throws SQLException {
        int before = count("select count(*) from child");
        HttpResponse<String> refused = Api.postJson("/api/v1/household/children",
                "{\"firstName\":\" \",\"lastName\":\"\",\"birthDate\":\"2099-01-01\",\"schoolSiteId\":999999,"
                        + "\"levelCode\":\"CM9\",\"doctorPhone\":\"12\",\"diet\":\"OTHER\"}",
                "Authorization", PARENT);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", Api.mediaType(refused));
        assertEquals(Set.of("firstName", "lastName", "birthDate", "schoolSiteId", "levelCode", "doctorPhone", "dietOther"),
                fields(refused));
        assertTrue(refused.body().contains("futur"), refused.body());
        assertEquals(before, count("select count(*) from child"));

        HttpResponse<String> tooOld = Api.postJson("/api/v1/household/children",
                "{\"firstName\":\"Paul\",\"lastName\":\"Martin\",\"birthDate\":\"2001-01-01\"}",
                "Authorization", PARENT, "Accept-Language", "en");
        assertEquals(400, tooOld.statusCode());
        assertTrue(tooOld.body().contains("under 18"), tooOld.body());

        HttpResponse<String> household = Api.send(Api.request("/api/v1/household")
                .header("Authorization", PARENT).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"\",\"postcode\":\"4910\",\"phone\":\"0000\"}")));
        assertEquals(400, household.statusCode());
        assertEquals(Set.of("name", "postcode", "phone"), fields(household));
    }

    @Test
    void uploadsAreCheckedByContentAndSizeAndRefusalsStoreNothing() throws SQLException {
        int before = count("select count(*) from family_quotient");
        byte[] executable = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        HttpResponse<String> renamed = upload(PARENT, "850", FROM, TO, "attestation.pdf", executable);
        assertEquals(400, renamed.statusCode(), renamed.body());
        assertEquals(Set.of("proof"), fields(renamed));
        assertTrue(renamed.body().contains("PDF"), renamed.body());

        HttpResponse<String> empty = upload(PARENT, "850", FROM, TO, "vide.pdf", new byte[0]);
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(Set.of("proof"), fields(empty));

        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<String> tooLarge = upload(PARENT, "850", FROM, TO, "gros.pdf", big);
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals("application/problem+json", Api.mediaType(tooLarge));

        HttpResponse<String> badForm = upload(PARENT, "-5", TO, FROM, "caf.pdf", PDF);
        assertEquals(400, badForm.statusCode(), badForm.body());
        assertEquals(Set.of("amount", "validTo"), fields(badForm));

        assertEquals(before, count("select count(*) from family_quotient"));
    }

    // ------------------------------------------------------------------ full flow

    @Test
    void aFamilyAddsAChildAndAPickUpPersonDeclaresItsQuotientAndTheAgentAcceptsIt() throws SQLException {
        String family = Api.basic("famille2@example.net", ItEnvironment.DEMO_PASSWORD);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> child = Api.postJson("/api/v1/household/children",
                "{\"firstName\":\"Anaïs\",\"lastName\":\"Test" + unique + "\",\"birthDate\":\"2019-05-04\",\"sex\":\"F\","
                        + "\"levelCode\":\"CP\",\"diet\":\"VEGETARIAN\",\"pai\":true,\"allergies\":\"gluten\","
                        + "\"doctorName\":\"Dr Roux\",\"doctorPhone\":\"02 41 12 34 56\",\"photoConsent\":true}",
                "Authorization", family);
        assertEquals(201, child.statusCode(), child.body());
        long childId = Api.json(child).getJsonNumber("id").longValue();
        assertEquals("+33241123456", Api.json(child).getString("doctorPhone"));

        HttpResponse<String> pickup = Api.postJson("/api/v1/household/children/" + childId + "/pickup-persons",
                "{\"firstName\":\"Marc\",\"lastName\":\"Test\",\"relation\":\"oncle\",\"phone\":\"+44 20 7946 0958\","
                        + "\"mayPickUp\":true,\"emergencyContact\":true}", "Authorization", family);
        assertEquals(201, pickup.statusCode(), pickup.body());
        assertEquals("+442079460958", Api.json(pickup).getString("phone"));

        HttpResponse<String> notAllowed = Api.postJson("/api/v1/household/children/" + childId + "/pickup-persons",
                "{\"firstName\":\"Luc\",\"lastName\":\"Test\",\"relation\":\"père\",\"notAllowed\":true}",
                "Authorization", family);
        assertEquals(400, notAllowed.statusCode(), notAllowed.body());
        assertEquals(Set.of("notAllowed"), fields(notAllowed));

        HttpResponse<String> declared = upload(family, "640", FROM, TO, "caf.png",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertEquals(201, declared.statusCode(), declared.body());
        long quotientId = Api.json(declared).getJsonNumber("id").longValue();
        assertEquals("PENDING", Api.json(declared).getString("status"));
        assertFalse(array(ok(get("/api/v1/staff/households/quotients/pending", AGENT))).isEmpty());

        HttpResponse<String> refusedWithoutMessage = Api.postJson("/api/v1/staff/households/quotients/" + quotientId
                + "/refuse", "{}", "Authorization", AGENT);
        assertEquals(400, refusedWithoutMessage.statusCode());
        assertEquals(Set.of("message"), fields(refusedWithoutMessage));

        HttpResponse<String> accepted = Api.postJson("/api/v1/staff/households/quotients/" + quotientId + "/accept",
                "{\"message\":\"Merci\"}", "Authorization", AGENT);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", Api.json(accepted).getString("status"));
        assertFalse(Api.json(accepted).getBoolean("proofKept"));
        assertEquals(1, count("select count(*) from family_quotient where id = " + quotientId
                + " and proof is null and decided_by is not null"));
        assertEquals(404, get("/api/v1/household/quotients/" + quotientId + "/proof", family).statusCode());

        Mailbox.Mail mail = Mailbox.await("famille2@example.net", 1).get(0);
        assertTrue(mail.subject().contains("quotient"), mail.subject());
        assertTrue(mail.body().contains("640"), mail.body());

        HttpResponse<String> again = Api.postJson("/api/v1/staff/households/quotients/" + quotientId + "/refuse",
                "{\"message\":\"non\"}", "Authorization", AGENT);
        assertEquals(400, again.statusCode());

        List<String> fields = historyOf(family).getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("field") + "=" + h.getString("newValue", "")).toList();
        assertTrue(fields.contains("child.added=Anaïs Test" + unique), fields.toString());
        assertTrue(fields.contains("pickup.added=Marc Test (Anaïs)"), fields.toString());
        assertTrue(fields.contains("quotient.status=ACCEPTED"), fields.toString());
        assertTrue(count("select count(*) from audit_entry where action = 'QUOTIENT_CHANGED' and object_id = '"
                + quotientId + "' and actor_email = 'agent@example.org'") == 1);
    }

    private static JsonArray historyOf(String auth) {
        HttpResponse<String> response = ok(get("/api/v1/household/history", auth));
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    // ------------------------------------------------------------------ staff search

    @Test
    void staffFindHouseholdsWithoutAccentsOrCaseByNameEmailOrPhone() {
        JsonArray byName = array(ok(get("/api/v1/staff/households?q=LEFEVRE", AGENT)));
        assertFalse(byName.isEmpty(), "Lefèvre households are found by LEFEVRE");
        assertTrue(byName.getJsonObject(0).getString("name").startsWith("Lef"), byName.toString());

        JsonArray byChild = array(ok(get("/api/v1/staff/households?q=lea%20martin", AGENT)));
        assertTrue(byChild.stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == ownHousehold),
                byChild.toString());

        JsonArray byEmail = array(ok(get("/api/v1/staff/households?q=famille1@example.net", AGENT)));
        assertTrue(byEmail.stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == otherHousehold));

        JsonArray byPhone = array(ok(get("/api/v1/staff/households?q=06%2012%2034%2056%2078", AGENT)));
        assertTrue(byPhone.stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == ownHousehold),
                byPhone.toString());

        JsonObject file = Api.json(ok(get("/api/v1/staff/households/" + ownHousehold, AGENT)));
        assertEquals(2, file.getJsonArray("children").size());
        assertTrue(file.getJsonObject("household").getBoolean("resident"));
    }

    @Test
    void aFamilyMovesAbroadWithACivilityUnknownCodesAreRefusedAndOldClientsKeepBoth() throws SQLException {
        String family = Api.basic("famille311@example.net", ItEnvironment.DEMO_PASSWORD);
        JsonObject before = Api.json(ok(get("/api/v1/household", family)));
        assertEquals("99100", before.getString("country"), "France until told otherwise");
        long me = before.getJsonArray("guardians").getJsonObject(0).getJsonNumber("accountId").longValue();
        String address = "\"name\":\"" + before.getString("name") + "\",\"addressLine1\":\"Calle Mayor 5\",\"postcode\":\"28013\","
                + "\"city\":\"Madrid\"";

        HttpResponse<String> unknown = putHousehold(family, "{" + address + ",\"country\":\"99999\","
                + "\"civilities\":[{\"accountId\":" + me + ",\"civility\":\"MLLE\"}]}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("application/problem+json", Api.mediaType(unknown));
        assertEquals(Set.of("country", "civilities"), fields(unknown), unknown.body());
        assertTrue(unknown.body().contains("Le pays 99999 n’est pas dans la liste"), unknown.body());
        long otherGuardian = Api.json(ok(get("/api/v1/household", OTHER))).getJsonArray("guardians").getJsonObject(0)
                .getJsonNumber("accountId").longValue();
        HttpResponse<String> notMine = putHousehold(family, "{" + address + ",\"country\":\"99134\","
                + "\"civilities\":[{\"accountId\":" + otherGuardian + ",\"civility\":\"M\"}]}");
        assertEquals(400, notMine.statusCode(), notMine.body());
        assertEquals(Set.of("civilities"), fields(notMine));
        assertEquals("99100", Api.json(ok(get("/api/v1/household", family))).getString("country"), "nothing saved");

        JsonObject abroad = Api.json(ok(putHousehold(family, "{" + address + ",\"country\":\"99134\","
                + "\"civilities\":[{\"accountId\":" + me + ",\"civility\":\"MME\"}]}")));
        assertEquals("99134", abroad.getString("country"));
        assertEquals("28013", abroad.getString("postcode"), "a postcode as Spain writes it");
        assertEquals("MME", abroad.getJsonArray("guardians").getJsonObject(0).getString("civility"));
        assertEquals("MME", Api.json(ok(get("/api/v1/household/guardians", family))).getJsonArray("guardians").getJsonObject(0)
                .getString("civility"));

        // a client that knows neither field keeps both
        JsonObject old = Api.json(ok(putHousehold(family, "{" + address.replace("Calle Mayor 5", "Calle Mayor 7") + "}")));
        assertEquals("99134", old.getString("country"));
        assertEquals("MME", old.getJsonArray("guardians").getJsonObject(0).getString("civility"));

        List<JsonObject> history = array(ok(get("/api/v1/household/history", family))).getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(c -> c.getString("field").equals("household.country")
                && c.getString("newValue", "").equals("99134")), history.toString());
        assertTrue(history.stream().anyMatch(c -> c.getString("field").equals("guardian.civility")
                && c.getString("newValue", "").equals("MME")), history.toString());
        assertEquals(1, count("select count(*) from audit_entry where action = 'GUARDIAN_CHANGED' and object_id = '" + me + "'"
                + " and after_json ->> 'civility' = 'MME'"));
        assertTrue(count("select count(*) from audit_entry where action = 'HOUSEHOLD_CHANGED' and object_id = '"
                + abroad.getJsonNumber("id").longValue() + "' and after_json ->> 'country' = '99134'") >= 1);
    }

    // ------------------------------------------------------------------ helpers

    private static HttpResponse<String> putHousehold(String auth, String json) {
        return Api.send(Api.request("/api/v1/household").header("Authorization", auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> get(String path, String auth) {
        return auth == null ? Api.get(path) : Api.get(path, "Authorization", auth);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static long firstId(HttpResponse<String> response) {
        JsonArray items = array(ok(response));
        assertFalse(items.isEmpty(), response.body());
        return items.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static Set<String> fields(HttpResponse<String> problem) {
        Set<String> fields = new TreeSet<>();
        JsonObject body = Api.json(problem);
        if (body.containsKey("errors")) {
            body.getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.add(e.getString("field", null)));
        }
        return fields;
    }

    private static int count(String sql) throws SQLException {
        try (Connection c = ItEnvironment.database(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static HttpResponse<String> upload(String auth, String amount, String from, String to, String fileName, byte[] file) {
        return Api.send(multipart(Api.request("/api/v1/household/quotient").header("Authorization", auth),
                amount, from, to, fileName, file));
    }

    static HttpRequest.Builder multipart(HttpRequest.Builder request, String amount, String from, String to,
                                                 String fileName, byte[] file) {
        String boundary = "marelle" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String[]> fields = new ArrayList<>(List.of(new String[]{"amount", amount},
                new String[]{"validFrom", from}, new String[]{"validTo", to}));
        for (String[] f : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n"
                    + f[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"proof\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}

package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static fr.marelle.it.Sql.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small hardening: /metrics for administrators only (health stays open), problem answers that name the field
 * and the rule but never a Java class, sign-in checked before a body is read, no 500 for a page opened without
 * its parameter. Demo family famille387.
 */
class HardeningIT extends PortalITBase {

    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String PARENT = Api.basic("famille387@example.net", ItEnvironment.DEMO_PASSWORD);

    @Test
    void metricsNeedAnAdministratorWhileHealthStaysOpen() {
        for (String path : new String[]{"/metrics", "/metrics/vendor", "/metrics?scope=base"}) {
            HttpResponse<String> anonymous = Api.get(path);
            assertEquals(401, anonymous.statusCode(), path + ": " + anonymous.body());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), path);
            assertEquals(403, Api.get(path, "Authorization", PARENT).statusCode(), path);
            assertEquals(403, Api.get(path, "Authorization", AGENT).statusCode(), path);
        }
        HttpResponse<String> admin = Api.get("/metrics", "Authorization", ADMIN);
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(admin.body().contains("# TYPE"), "Prometheus text: " + admin.body());
        assertEquals(200, Api.get("/health/ready").statusCode());
        assertEquals(200, Api.get("/health/live").statusCode());
    }

    @Test
    void anUnknownFieldIsNamedWithItsRuleAndNoJavaClass() {
        HttpResponse<String> response = Api.postJson("/api/v1/accounts",
                "{\"email\": \"hardening-unknown@example.net\", \"roles\": [\"ADMIN\"]}", "Accept-Language", "en");
        JsonObject problem = assertProblemWithoutJava(response);
        assertEquals("The request body is not valid JSON for this operation (unknown field or wrong type).",
                problem.getString("title"));
        assertEquals("roles", field(problem));
        assertEquals("This field does not exist for this operation.", message(problem));
    }

    @Test
    void aWrongTypeIsNamedWithItsRule() {
        JsonObject terms = assertProblemWithoutJava(Api.postJson("/api/v1/accounts",
                "{\"termsAccepted\": \"yes-please\"}", "Accept-Language", "fr"));
        assertEquals("termsAccepted", field(terms));
        assertEquals("true ou false est attendu.", message(terms));
        JsonObject name = assertProblemWithoutJava(Api.postJson("/api/v1/accounts", "{\"firstName\": 42}"));
        assertEquals("firstName", field(name));

        // a second operation: a counter payment with an amount that is not a number, then an unknown means
        long household = count("select h.id from household h join account a on a.id = h.billing_account_id"
                + " where a.email = 'famille387@example.net'");
        String payments = "/api/v1/finance/households/" + household + "/payments";
        JsonObject amount = assertProblemWithoutJava(Api.postJson(payments,
                "{\"regieCode\": \"CANTINE\", \"means\": \"CASH\", \"amountCents\": \"douze\"}", "Authorization", FINANCE));
        assertEquals("amountCents", field(amount));
        assertEquals("Un nombre entier est attendu.", message(amount));
        JsonObject means = assertProblemWithoutJava(Api.postJson(payments,
                "{\"regieCode\": \"CANTINE\", \"means\": \"BITCOIN\", \"amountCents\": 100}", "Authorization", FINANCE));
        assertEquals("means", field(means));
        JsonObject nested = assertProblemWithoutJava(Api.postJson(payments, "{\"regieCode\": \"CANTINE\", \"means\": \"CASH\","
                + " \"amountCents\": 100, \"allocations\": [{\"invoiceId\": 1, \"amountCents\": true}]}", "Authorization", FINANCE));
        assertEquals("allocations.amountCents", field(nested));
    }

    @Test
    void aBodyThatIsNotJsonSaysWhereWithoutJava() {
        JsonObject problem = assertProblemWithoutJava(Api.postJson("/api/v1/accounts", "{\"email\": ", "Accept-Language", "en"));
        assertTrue(problem.getString("detail").startsWith("The body is not well-formed JSON"), problem.toString());
    }

    @Test
    void anAnonymousBodyToAProtectedOperationIs401BeforeItIsRead() {
        long household = count("select h.id from household h join account a on a.id = h.billing_account_id"
                + " where a.email = 'famille387@example.net'");
        for (String path : new String[]{"/api/v1/finance/households/" + household + "/payments", "/api/v1/household/children",
                "/api/v1/bookings", "/api/v1/registrations"}) {
            HttpResponse<String> malformed = Api.postJson(path, "{\"not json");
            assertEquals(401, malformed.statusCode(), path + ": " + malformed.body());
            assertEquals("application/problem+json", Api.mediaType(malformed), path);
            assertEquals(401, Api.postJson(path, "{\"unknown\": 1}").statusCode(), path);
        }
        // open operations still read their body
        assertEquals(400, Api.postJson("/api/v1/accounts", "{\"not json").statusCode());
        // signed in, the same malformed body is a 400
        assertEquals(400, Api.postJson("/api/v1/household/children", "{\"not json", "Authorization", PARENT).statusCode());
    }

    @Test
    void pagesWithoutTheirParameterSayWhatToDoOrAnswer404InsteadOf500() {
        HttpResponse<String> none = Api.get("/parent/booking-history.xhtml", "Authorization", PARENT);
        assertEquals(200, none.statusCode(), none.body());
        assertTrue(none.body().contains("Choisissez d’abord un enfant"), none.body());
        assertNotEquals(500, Api.get("/parent/booking-history.xhtml?child=abc", "Authorization", PARENT).statusCode());
        assertEquals(200, Api.get("/staff/booking-history.xhtml", "Authorization", AGENT).statusCode());
        // the payment status page: an attempt that is not a number is unknown, like a missing one
        assertEquals(404, Api.get("/parent/payment.xhtml?attempt=abc", "Authorization", PARENT).statusCode());
        assertEquals(404, Api.get("/parent/payment.xhtml", "Authorization", PARENT).statusCode());
    }

    private static JsonObject assertProblemWithoutJava(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.mediaType(response));
        for (String java : new String[]{"fr.marelle", "java.", "class ", "Json property", "$", "Exception"}) {
            assertFalse(response.body().contains(java), "names Java (" + java + "): " + response.body());
        }
        return Api.json(response);
    }

    private static String field(JsonObject problem) {
        assertTrue(problem.containsKey("errors"), problem.toString());
        return problem.getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static String message(JsonObject problem) {
        return problem.getJsonArray("errors").getJsonObject(0).getString("message");
    }
}

package fr.marelle.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation OpenAPI lists, called by an anonymous client and by each demo role (parent, agent, finance,
 * administrator). A role the table does not name must be refused (401 anonymous, 403 or 404 signed in); a role it
 * names must not be (no 401/403). Allowed writes are sent an unreadable JSON body or unknown ids, so that they
 * answer 400/404 and change nothing; the few that could change demo data even so are skipped, with the reason.
 * A new operation fails the test until it is added here.
 */
class SecurityMatrixIT extends PortalITBase {

    enum Who { ANONYMOUS, PARENT, AGENT, FINANCE, ADMIN }

    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(Who.PARENT, Who.AGENT, Who.FINANCE, Who.ADMIN);
    private static final Set<Who> FAMILY = EnumSet.of(Who.PARENT);
    private static final Set<Who> PLANNING = EnumSet.of(Who.AGENT, Who.ADMIN);
    private static final Set<Who> FINANCE = EnumSet.of(Who.FINANCE, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    private static final Set<Who> FAMILY_AND_PLANNING = EnumSet.of(Who.PARENT, Who.AGENT, Who.ADMIN);
    private static final Set<Who> FAMILY_AND_FINANCE = EnumSet.of(Who.PARENT, Who.FINANCE, Who.ADMIN);

    /** Who may call an operation; {@code skipAllowed} says why the allowed calls are not made, if they are not. */
    record Rule(Set<Who> allowed, String skipAllowed, boolean password) {
    }

    private static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

    private static void op(String operation, Set<Who> allowed) {
        MATRIX.put(operation, new Rule(allowed, null, false));
    }

    private static void op(String operation, Set<Who> allowed, String skipAllowed) {
        MATRIX.put(operation, new Rule(allowed, skipAllowed, false));
    }

    /** Operations a token may not call (tokens are managed with the password): the matrix signs in with Basic. */
    private static void withPassword(String operation, Set<Who> allowed) {
        MATRIX.put(operation, new Rule(allowed, null, true));
    }

    static {
        // open operations
        op("POST /api/v1/accounts", EVERYONE, "registration is throttled per address: RegistrationIT and ThrottleIT cover it");
        op("GET /api/v1/calendar-feeds/{token}.ics", EVERYONE);
        op("GET /api/v1/payments/notifications", EVERYONE);
        op("POST /api/v1/payments/notifications", EVERYONE);
        op("GET /api/v1/maintenance", EVERYONE);
        op("GET /api/v1/legal", EVERYONE);
        op("GET /api/v1/terms", EVERYONE);
        // own account
        op("GET /api/v1/me", SIGNED_IN);
        op("PUT /api/v1/me/password", SIGNED_IN);
        op("GET /api/v1/me/maintenance-notices", SIGNED_IN);
        op("PUT /api/v1/me/maintenance-notices", SIGNED_IN);
        op("GET /api/v1/me/erasure-request", SIGNED_IN);
        op("POST /api/v1/me/erasure-request", SIGNED_IN);
        op("GET /api/v1/me/mail-language", SIGNED_IN);
        op("PUT /api/v1/me/mail-language", SIGNED_IN);
        // a parent's copy of their household's data (staff have none: 403)
        op("GET /api/v1/me/data-export", FAMILY);
        op("GET /api/v1/me/data-export/pdf", FAMILY);
        op("POST /api/v1/me/terms-acceptance", SIGNED_IN);
        withPassword("GET /api/v1/me/tokens", SIGNED_IN);
        withPassword("POST /api/v1/me/tokens", SIGNED_IN);
        withPassword("DELETE /api/v1/me/tokens/{id}", SIGNED_IN);
        // administration
        withPassword("GET /api/v1/admin/accounts/{accountId}/tokens", ADMIN);
        withPassword("POST /api/v1/admin/accounts/{accountId}/tokens", ADMIN);
        withPassword("DELETE /api/v1/admin/tokens/{id}", ADMIN);
        op("GET /api/v1/admin/settings/overdue-booking-days", ADMIN);
        op("GET /api/v1/admin/maintenance", ADMIN);
        op("GET /api/v1/admin/terms", ADMIN);
        op("POST /api/v1/admin/terms", ADMIN);
        op("PUT /api/v1/admin/maintenance", ADMIN);
        op("DELETE /api/v1/admin/maintenance", ADMIN, "it would end a window another test class announced: MaintenanceIT covers it");
        op("PUT /api/v1/admin/settings/overdue-booking-days", ADMIN);
        op("GET /api/v1/admin/settings/resident-postcodes", ADMIN);
        op("PUT /api/v1/admin/settings/resident-postcodes", ADMIN);
        op("GET /api/v1/admin/settings/legal", ADMIN);
        op("PUT /api/v1/admin/settings/legal", ADMIN);
        op("GET /api/v1/admin/treasury/budgets", ADMIN);
        op("PUT /api/v1/admin/treasury/budgets/{regieCode}", ADMIN);
        op("GET /api/v1/admin/retention", ADMIN);
        op("PUT /api/v1/admin/retention", ADMIN);
        op("GET /api/v1/admin/retention/runs", ADMIN);
        op("POST /api/v1/admin/retention/runs", ADMIN, "a run anonymises and deletes what is due in the whole database: RetentionIT runs it on data it arranged");
        op("POST /api/v1/staff/calendar", ADMIN, "a file import replaces the school years: PlanningApiIT covers it");
        op("GET /api/v1/admin/school-map", ADMIN);
        op("PUT /api/v1/admin/school-map", ADMIN, "a file import replaces the school map: SchoolEnrolmentIT covers it");
        op("GET /api/v1/admin/school-enrolment-windows", ADMIN);
        op("PUT /api/v1/admin/school-enrolment-windows/{schoolYear}", ADMIN);
        // family
        for (String op : List.of("GET /api/v1/household", "PUT /api/v1/household", "GET /api/v1/household/children",
                "POST /api/v1/household/children", "DELETE /api/v1/household/children/{id}", "GET /api/v1/household/children/{id}",
                "PUT /api/v1/household/children/{id}", "GET /api/v1/household/children/{id}/pickup-persons",
                "POST /api/v1/household/children/{id}/pickup-persons", "DELETE /api/v1/household/children/{id}/pickup-persons/{pid}",
                "GET /api/v1/household/children/{id}/pickup-persons/{pid}", "PUT /api/v1/household/children/{id}/pickup-persons/{pid}",
                "GET /api/v1/household/guardians", "POST /api/v1/household/guardians/invitations",
                "GET /api/v1/household/guardians/invitations/received",
                "POST /api/v1/household/guardians/invitations/received/{id}/accept",
                "POST /api/v1/household/guardians/invitations/received/{id}/decline",
                "DELETE /api/v1/household/guardians/invitations/{id}", "GET /api/v1/household/history",
                "GET /api/v1/household/quotients", "GET /api/v1/household/quotients/{id}/proof", "GET /api/v1/household/requests",
                "GET /api/v1/household/requests/{id}", "POST /api/v1/household/requests/{id}/messages",
                "GET /api/v1/registrations", "POST /api/v1/registrations", "GET /api/v1/registrations/{id}",
                "POST /api/v1/registrations/{id}/messages", "POST /api/v1/registrations/{id}/withdrawal",
                "GET /api/v1/invoices", "GET /api/v1/invoices/payments", "POST /api/v1/payments", "GET /api/v1/payments/{id}",
                "GET /api/v1/children/{id}/calendar-feed", "POST /api/v1/children/{id}/calendar-feed",
                "DELETE /api/v1/children/{id}/calendar-feed", "GET /api/v1/school-enrolments", "POST /api/v1/school-enrolments",
                "GET /api/v1/school-enrolments/proposal", "GET /api/v1/school-enrolments/{id}",
                "POST /api/v1/school-enrolments/{id}/resubmission", "POST /api/v1/school-enrolments/{id}/withdrawal",
                "GET /api/v1/school-enrolments/{id}/certificate.pdf")) {
            op(op, FAMILY);
        }
        op("POST /api/v1/school-enrolments/{id}/documents", FAMILY, "a multipart upload: SchoolEnrolmentIT covers it");
        op("DELETE /api/v1/household/guardians/me", FAMILY, "the parent would leave their household: GuardiansIT covers it");
        op("POST /api/v1/household/quotient", FAMILY, "a multipart upload: HouseholdApiIT covers it");
        op("POST /api/v1/household/requests", FAMILY, "a multipart upload: HouseholdApiIT covers it");
        op("GET /api/v1/household/sepa-mandates", FAMILY);
        op("POST /api/v1/household/sepa-mandates", FAMILY);
        op("GET /api/v1/household/sepa-mandates/{id}/pdf", FAMILY);
        op("PUT /api/v1/household/sepa-mandates/{id}/account", FAMILY);
        op("POST /api/v1/household/sepa-mandates/{id}/revocation", FAMILY);
        // families and planning staff (staff name the household)
        for (String op : List.of("POST /api/v1/bookings", "POST /api/v1/bookings/cancellations", "POST /api/v1/bookings/standard-week",
                "DELETE /api/v1/bookings/{id}", "GET /api/v1/children/{id}/bookings", "GET /api/v1/children/{id}/bookings/history",
                "GET /api/v1/children/{id}/calendar")) {
            op(op, FAMILY_AND_PLANNING);
        }
        // rooms for hire: their calendar for anyone signed in; the hires of a household (family, association, company)
        op("GET /api/v1/rooms", SIGNED_IN);
        op("GET /api/v1/rooms/{id}/availability", SIGNED_IN);
        op("GET /api/v1/rooms/{id}/quote", SIGNED_IN);
        op("GET /api/v1/rooms/{id}/photos/{photoId}", SIGNED_IN);
        for (String op : List.of("GET /api/v1/room-hires", "POST /api/v1/room-hires", "GET /api/v1/room-hires/{id}",
                "POST /api/v1/room-hires/{id}/insurance", "POST /api/v1/room-hires/{id}/proposal-answer",
                "POST /api/v1/room-hires/{id}/withdrawal")) {
            op(op, FAMILY);
        }
        // the catalogue, with the family's prices for a parent
        op("GET /api/v1/activities", SIGNED_IN);
        op("GET /api/v1/activities/{id}/sessions", SIGNED_IN);
        // invoices and receipts: the family's own, or any for finance staff
        op("GET /api/v1/invoices/{id}", FAMILY_AND_FINANCE);
        op("GET /api/v1/invoices/{id}/pdf", FAMILY_AND_FINANCE);
        op("GET /api/v1/invoices/{id}/credit-notes/{creditNoteId}/pdf", FAMILY_AND_FINANCE);
        op("GET /api/v1/receipts/{id}.pdf", FAMILY_AND_FINANCE);
        // finance staff
        for (String op : List.of("POST /api/v1/finance/credit-notes", "GET /api/v1/finance/dockets", "GET /api/v1/finance/dockets.csv",
                "GET /api/v1/finance/dockets.pdf", "GET /api/v1/finance/exports/credit-notes.csv",
                "GET /api/v1/finance/exports/invoices.csv", "GET /api/v1/finance/exports/payments.csv",
                "POST /api/v1/finance/households/{id}/credit-uses", "GET /api/v1/finance/households/{id}/payments",
                "POST /api/v1/finance/households/{id}/payments", "POST /api/v1/finance/households/{id}/refunds",
                "GET /api/v1/finance/households/{id}/statement", "GET /api/v1/finance/invoices", "GET /api/v1/finance/invoices/{id}",
                "GET /api/v1/finance/online-payments", "GET /api/v1/finance/online-payments/alerts",
                "POST /api/v1/finance/online-payments/alerts/{id}/closing", "GET /api/v1/finance/online-payments/reconciliation",
                "POST /api/v1/finance/online-payments/{id}/check", "POST /api/v1/finance/payments/{id}/reversal",
                "GET /api/v1/finance/runs", "POST /api/v1/finance/runs", "GET /api/v1/finance/runs/{id}",
                "POST /api/v1/finance/runs/{id}/validation", "POST /api/v1/finance/treasury-transfers",
                "GET /api/v1/finance/runs/{id}/pes-ormc.xml", "GET /api/v1/finance/runs/{id}/pes-exports",
                "POST /api/v1/finance/pes-acknowledgements", "GET /api/v1/finance/sepa-mandates",
                "GET /api/v1/finance/sepa-mandates/{id}/pdf", "GET /api/v1/finance/sepa-mandates/{id}/signed-copy",
                "POST /api/v1/finance/sepa-mandates/{id}/activation", "POST /api/v1/finance/sepa-mandates/{id}/revocation",
                "GET /api/v1/finance/direct-debit-runs", "POST /api/v1/finance/direct-debit-runs", "GET /api/v1/finance/direct-debit-runs/{id}",
                "GET /api/v1/finance/direct-debit-runs/{id}/pain008.xml", "GET /api/v1/finance/direct-debit-runs/{id}/debits.csv",
                "POST /api/v1/finance/direct-debit-runs/{id}/sending", "POST /api/v1/finance/direct-debit-runs/{id}/rejects")) {
            op(op, FINANCE);
        }
        op("POST /api/v1/finance/reminders", FINANCE, "it sends the reminders due (no body to make it fail): BillingIT covers it");
        op("POST /api/v1/finance/online-payments/reconciliation/statement", FINANCE, "a CSV body: OnlinePaymentIT covers it");
        // planning staff
        for (String op : List.of("GET /api/v1/staff/activities", "POST /api/v1/staff/activities", "GET /api/v1/staff/activities/{id}",
                "PUT /api/v1/staff/activities/{id}", "PUT /api/v1/staff/activities/{id}/active", "PUT /api/v1/staff/activities/{id}/age-groups",
                "GET /api/v1/staff/activities/{id}/prices", "POST /api/v1/staff/activities/{id}/prices",
                "DELETE /api/v1/staff/activities/{id}/prices/{gridId}", "PUT /api/v1/staff/activities/{id}/rules",
                "GET /api/v1/staff/activities/{id}/sessions", "POST /api/v1/staff/activities/{id}/sessions",
                "GET /api/v1/staff/attendance/sessions", "POST /api/v1/staff/bookings/{id}/promotion",
                "POST /api/v1/staff/bookings/{id}/removal", "GET /api/v1/staff/calendar", "GET /api/v1/staff/closures",
                "POST /api/v1/staff/closures", "DELETE /api/v1/staff/closures/{id}", "GET /api/v1/staff/household-requests",
                "GET /api/v1/staff/household-requests/{id}", "POST /api/v1/staff/household-requests/{id}/decision",
                "POST /api/v1/staff/household-requests/{id}/messages", "GET /api/v1/staff/household-requests/{id}/proof",
                "GET /api/v1/staff/households", "GET /api/v1/staff/households/quotients/pending",
                "POST /api/v1/staff/households/quotients/{qid}/accept", "GET /api/v1/staff/households/quotients/{qid}/proof",
                "POST /api/v1/staff/households/quotients/{qid}/refuse", "GET /api/v1/staff/households/{id}",
                "GET /api/v1/staff/households/{householdId}/guardians/{accountId}/civil-identity",
                "PUT /api/v1/staff/households/{householdId}/guardians/{accountId}/civil-identity",
                "GET /api/v1/staff/meal-counts", "GET /api/v1/staff/meal-counts.csv", "GET /api/v1/staff/meal-counts.pdf",
                "GET /api/v1/staff/planning", "GET /api/v1/staff/planning.csv", "GET /api/v1/staff/registrations",
                "POST /api/v1/staff/registrations/counter", "GET /api/v1/staff/registrations/{id}",
                "POST /api/v1/staff/registrations/{id}/decision", "POST /api/v1/staff/registrations/{id}/messages",
                "GET /api/v1/staff/sessions/{id}/attendance", "PUT /api/v1/staff/sessions/{id}/attendance",
                "POST /api/v1/staff/sessions/{id}/cancel", "PUT /api/v1/staff/sessions/{id}/capacity",
                "POST /api/v1/staff/sessions/{id}/close", "GET /api/v1/staff/sessions/{id}/list.csv",
                "GET /api/v1/staff/sessions/{id}/list.pdf", "POST /api/v1/staff/sessions/{id}/reopen", "GET /api/v1/staff/sites",
                "POST /api/v1/staff/sites", "PUT /api/v1/staff/sites/{id}", "GET /api/v1/staff/waiting-lists",
                "GET /api/v1/staff/rooms", "POST /api/v1/staff/rooms", "PUT /api/v1/staff/rooms/{id}",
                "GET /api/v1/staff/room-hires", "GET /api/v1/staff/room-hires/{id}",
                "POST /api/v1/staff/room-hires/{id}/decision", "POST /api/v1/staff/room-hires/{id}/deposit",
                "GET /api/v1/staff/room-hires/{id}/insurance",
                "GET /api/v1/staff/school-enrolments", "GET /api/v1/staff/school-enrolments/numbers",
                "GET /api/v1/staff/school-enrolments/numbers.csv", "GET /api/v1/staff/school-enrolments/{id}",
                "GET /api/v1/staff/school-enrolments/{id}/documents/{kind}", "POST /api/v1/staff/school-enrolments/{id}/decision",
                "POST /api/v1/staff/school-enrolments")) {
            op(op, PLANNING);
        }
    }

    /** The operations anyone may call without signing in ({@code security: []} in OpenAPI, see OpenApiContractIT). */
    static Set<String> openOperations() {
        Set<String> open = new TreeSet<>();
        MATRIX.forEach((operation, rule) -> {
            if (rule.allowed().contains(Who.ANONYMOUS)) {
                open.add(operation);
            }
        });
        return open;
    }

    /** An id no record has: an allowed call then answers 404 (or 400), never changes anything. */
    private static final String UNKNOWN_ID = "999999999";
    /** A body no operation can read: an allowed write stops at 400. */
    private static final String UNREADABLE = "{\"matrix\":";
    /** A readable body: a refused caller must be refused before any rule of the body is checked. */
    private static final String READABLE = "{}";

    /** Operations whose body is a file, not JSON (a JSON body would be refused for its type, 415, before the role). */
    private static final Set<String> NOT_JSON = Set.of("POST /api/v1/staff/calendar", "PUT /api/v1/admin/school-map",
            "POST /api/v1/finance/online-payments/reconciliation/statement");

    private static final Map<Who, String> PASSWORDS = new EnumMap<>(Who.class);
    private static final Map<Who, String> TOKENS = new EnumMap<>(Who.class);
    private static final Map<Who, Long> TOKEN_IDS = new EnumMap<>(Who.class);

    @BeforeAll
    static void tokens() {
        // tokens, not Basic: some 600 calls would cost a PBKDF2 each (and eat the address's Basic budget)
        for (Who who : SIGNED_IN) {
            String basic = Api.basic(who.name().toLowerCase() + "@example.org", ItEnvironment.DEMO_PASSWORD);
            PASSWORDS.put(who, basic);
            HttpResponse<String> created = Api.postJson("/api/v1/me/tokens",
                    "{\"name\":\"SecurityMatrixIT\",\"role\":\"" + who.name() + "\"}", "Authorization", basic);
            assertEquals(201, created.statusCode(), created.body());
            JsonObject json = Api.json(created);
            TOKENS.put(who, "Bearer " + json.getString("secret"));
            TOKEN_IDS.put(who, json.getJsonObject("token").getJsonNumber("id").longValue());
        }
    }

    @AfterAll
    static void removeTokens() {
        // removed, not revoked: the demo accounts keep no trace of this test in their token lists
        TOKEN_IDS.values().forEach(id -> Sql.update("delete from api_token where id = " + id));
    }

    @Test
    void everyOperationOfOpenApiIsInTheMatrix() {
        Set<String> listed = operationsOfOpenApi();
        Set<String> missing = new TreeSet<>(listed);
        missing.removeAll(MATRIX.keySet());
        assertTrue(missing.isEmpty(), "operations of /openapi missing from SecurityMatrixIT's table: " + missing);
        Set<String> gone = new TreeSet<>(MATRIX.keySet());
        gone.removeAll(listed);
        assertTrue(gone.isEmpty(), "operations of the table that /openapi no longer lists: " + gone);
        assertTrue(listed.size() >= 140, "OpenAPI lists " + listed.size() + " operations");
    }

    @Test
    void eachRoleIsRefusedWhatTheMatrixDoesNotGiveIt() {
        List<String> failures = new ArrayList<>();
        for (var entry : MATRIX.entrySet()) {
            for (Who who : Who.values()) {
                if (entry.getValue().allowed().contains(who)) {
                    continue;
                }
                HttpResponse<String> answer = call(entry.getKey(), who, entry.getValue(), READABLE);
                int status = answer.statusCode();
                boolean refused = who == Who.ANONYMOUS ? status == 401 : status == 403 || status == 404;
                if (!refused) {
                    failures.add(entry.getKey() + " as " + who + ": " + status + " " + abbreviate(answer.body()));
                } else if (status != 404 && !Api.mediaType(answer).equals("application/problem+json")) {
                    failures.add(entry.getKey() + " as " + who + ": " + status + " answered " + Api.mediaType(answer));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " refusals missing:\n" + String.join("\n", failures));
    }

    @Test
    void eachRoleTheMatrixNamesGetsPastAuthorisation() {
        List<String> failures = new ArrayList<>();
        for (var entry : MATRIX.entrySet()) {
            Rule rule = entry.getValue();
            if (rule.skipAllowed() != null) {
                continue;
            }
            for (Who who : rule.allowed()) {
                HttpResponse<String> answer = call(entry.getKey(), who, rule, UNREADABLE);
                int status = answer.statusCode();
                if (status == 401 || status == 403 || status >= 500) {
                    failures.add(entry.getKey() + " as " + who + ": " + status + " " + abbreviate(answer.body()));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " allowed calls refused:\n" + String.join("\n", failures));
    }

    private static HttpResponse<String> call(String operation, Who who, Rule rule, String body) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("{token}", "matrixUnknownToken").replaceAll("\\{[^}]+}", UNKNOWN_ID);
        HttpRequest.Builder request = Api.request(path);
        boolean withBody = method.equals("POST") || method.equals("PUT");
        request.method(method, withBody ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
                : HttpRequest.BodyPublishers.noBody());
        if (withBody) {
            request.header("Content-Type", NOT_JSON.contains(operation) ? "text/plain" : "application/json");
        }
        if (who != Who.ANONYMOUS) {
            request.header("Authorization", rule.password() ? PASSWORDS.get(who) : TOKENS.get(who));
        }
        return Api.send(request);
    }

    private static Set<String> operationsOfOpenApi() {
        HttpResponse<String> answer = Api.ok(Api.get("/openapi", "Accept", "application/json"));
        Set<String> operations = new TreeSet<>();
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            JsonObject paths = reader.readObject().getJsonObject("paths");
            paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                    .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                    // a path parameter with a pattern, {token: [A-Za-z0-9_-]{1,100}}, is named without it
                    .forEach(m -> operations.add(m.toUpperCase() + " " + path.replaceAll("\\{(\\w+):[^/]*}(?=[./]|$)", "{$1}"))));
        }
        return operations;
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}

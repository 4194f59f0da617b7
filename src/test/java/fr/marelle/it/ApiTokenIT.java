package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API tokens for software: shown once, acting with the account's role, last use recorded, revoked
 * for good, never able to mint others; an administrator gives one to a service account; token and
 * Basic calls open no server session. Demo families famille341 and famille342 (parents only).
 */
class ApiTokenIT extends PortalITBase {

    private static final String PASSWORD = ItEnvironment.DEMO_PASSWORD;
    private static final String PARENT = Api.basic("famille341@example.net", PASSWORD);
    private static final String OTHER_PARENT = Api.basic("famille342@example.net", PASSWORD);
    private static final String PARENT_AND_AGENT = Api.basic("famille343@example.net", PASSWORD);
    private static final String ADMIN = Api.basic("admin@example.org", PASSWORD);

    private static String bearer(String secret) {
        return "Bearer " + secret;
    }

    private static HttpResponse<String> create(String path, String json, String authorization) {
        return Api.postJson(path, json, "Authorization", authorization);
    }

    private static HttpResponse<String> delete(String path, String authorization) {
        return Api.send(Api.request(path).header("Authorization", authorization).DELETE());
    }

    @Test
    void aParentsTokenActsAsTheParentIsShownOnceRecordsItsUseAndEndsWhenRevoked() {
        HttpResponse<String> created = create("/api/v1/me/tokens", "{\"name\":\"Tableur du foyer\",\"role\":\"PARENT\"}", PARENT);
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.headers().firstValue("Set-Cookie").isPresent(), "a Basic call opens no session");
        String secret = Api.json(created).getString("secret");
        assertTrue(secret.startsWith("mrl_") && secret.length() > 40, secret);
        long id = Api.json(created).getJsonObject("token").getJsonNumber("id").longValue();

        HttpResponse<String> household = Api.get("/api/v1/household", "Authorization", bearer(secret));
        assertEquals(200, household.statusCode(), household.body());
        assertEquals(Api.json(Api.ok(Api.get("/api/v1/household", "Authorization", PARENT))).getJsonNumber("id").longValue(),
                Api.json(household).getJsonNumber("id").longValue());
        assertFalse(household.headers().firstValue("Set-Cookie").isPresent(), "a token call opens no session");

        // listed without its secret, with its last use
        JsonObject listed = Api.array(Api.get("/api/v1/me/tokens", "Authorization", PARENT)).getJsonObject(0);
        assertEquals(id, listed.getJsonNumber("id").longValue());
        assertEquals("PARENT", listed.getString("role"));
        assertEquals(secret.substring(0, 10), listed.getString("prefix"));
        assertFalse(listed.isNull("lastUsedAt"), listed.toString());
        assertFalse(listed.containsKey("secret"));
        assertEquals(0, Sql.count("select count(*) from api_token where token_hash like '%" + secret.substring(4, 14) + "%'"),
                "only the hash is kept");
        assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'API_TOKEN_CREATED' and object_id = '" + id + "'"));

        // a token cannot mint tokens, nor revoke them
        assertEquals(403, create("/api/v1/me/tokens", "{\"name\":\"Encore\",\"role\":\"PARENT\"}", bearer(secret)).statusCode());
        assertEquals(403, delete("/api/v1/me/tokens/" + id, bearer(secret)).statusCode());
        // another family cannot revoke it; the holder can
        assertEquals(404, delete("/api/v1/me/tokens/" + id, OTHER_PARENT).statusCode());
        assertEquals(204, delete("/api/v1/me/tokens/" + id, PARENT).statusCode());
        HttpResponse<String> revoked = Api.get("/api/v1/household", "Authorization", bearer(secret));
        assertEquals(401, revoked.statusCode());
        assertTrue(Api.mediaType(revoked).equals("application/problem+json"), Api.mediaType(revoked));
        assertEquals(401, Api.get("/api/v1/household", "Authorization", bearer("mrl_" + "A".repeat(43))).statusCode());
    }

    @Test
    void aTokenIsForOneOfTheAccountsRolesWithANameAndAFutureEnd() {
        HttpResponse<String> otherRole = create("/api/v1/me/tokens", "{\"name\":\"Compta\",\"role\":\"FINANCE\"}", OTHER_PARENT);
        assertEquals(400, otherRole.statusCode(), otherRole.body());
        assertEquals("role", Api.json(otherRole).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> noName = create("/api/v1/me/tokens", "{\"role\":\"PARENT\",\"expiresOn\":\"2020-01-01\"}", OTHER_PARENT);
        assertEquals(400, noName.statusCode(), noName.body());
        assertTrue(noName.body().contains("\"name\"") && noName.body().contains("\"expiresOn\""), noName.body());
        assertEquals(0, Sql.count("select count(*) from api_token t join account a on a.id = t.account_id"
                + " where a.email = 'famille342@example.net'"), "nothing kept of refused requests");
    }

    @Test
    void anAdministratorGivesAServiceAccountATokenThatActsWithItsRoleOnly() {
        long finance = Api.json(Api.ok(Api.get("/api/v1/me", "Authorization", Api.basic("finance@example.org", PASSWORD))))
                .getJsonNumber("id").longValue();
        assertEquals(403, create("/api/v1/admin/accounts/" + finance + "/tokens",
                "{\"name\":\"Logiciel comptable\",\"role\":\"FINANCE\"}", PARENT).statusCode());
        HttpResponse<String> created = create("/api/v1/admin/accounts/" + finance + "/tokens",
                "{\"name\":\"Logiciel comptable\",\"role\":\"FINANCE\"}", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        String secret = Api.json(created).getString("secret");
        long id = Api.json(created).getJsonObject("token").getJsonNumber("id").longValue();

        assertEquals(200, Api.get("/api/v1/finance/online-payments/alerts", "Authorization", bearer(secret)).statusCode());
        assertEquals(403, Api.get("/api/v1/admin/accounts/" + finance + "/tokens", "Authorization", bearer(secret)).statusCode());
        assertEquals(403, Api.get("/api/v1/household", "Authorization", bearer(secret)).statusCode(),
                "a finance token has no parent's rights");
        assertEquals(1, Api.array(Api.get("/api/v1/admin/accounts/" + finance + "/tokens", "Authorization", ADMIN)).size());
        assertEquals(204, Api.send(Api.request("/api/v1/admin/tokens/" + id).header("Authorization", ADMIN).DELETE()).statusCode());
        assertEquals(401, Api.get("/api/v1/finance/online-payments/alerts", "Authorization", bearer(secret)).statusCode());
    }

    @Test
    void aParentTokenOfAParentAndAgentAccountCannotDoAnAgentsOperation() throws Exception {
        // famille343 is made a parent and an agent for this test only (the EclipseLink cache is bypassed:
        // the portal reads the account's roles afresh when a token is created)
        Sql.update("insert into account_role (account_id, role) select id, 'AGENT' from account"
                + " where email = 'famille343@example.net'");
        try {
            HttpResponse<String> created = create("/api/v1/me/tokens", "{\"name\":\"Outil\",\"role\":\"PARENT\"}", PARENT_AND_AGENT);
            assertEquals(201, created.statusCode(), created.body());
            String token = bearer(Api.json(created).getString("secret"));
            long id = Api.json(created).getJsonObject("token").getJsonNumber("id").longValue();
            assertEquals(200, Api.get("/api/v1/household", "Authorization", token).statusCode());
            // API level: the container gives the token its one role, so the agents' family of URLs is closed
            HttpResponse<String> staff = Api.get("/api/v1/staff/households?q=famille", "Authorization", token);
            assertEquals(403, staff.statusCode(), staff.body());
            assertEquals("application/problem+json", Api.mediaType(staff));
            // control level: an agent may name any household; the parent token only reaches its own (HouseholdAccess
            // reads the acting role, not the account's)
            long otherHousehold = Sql.count("select g.household_id from guardian g join account a on a.id = g.account_id"
                    + " where a.email = 'famille341@example.net'");
            long otherChild = Sql.count("select min(child_id) from household_child where household_id = " + otherHousehold);
            HttpResponse<String> foreign = Api.get("/api/v1/children/" + otherChild + "/bookings?householdId=" + otherHousehold,
                    "Authorization", token);
            assertEquals(404, foreign.statusCode(), foreign.body());
            assertEquals(204, delete("/api/v1/me/tokens/" + id, PARENT_AND_AGENT).statusCode());
        } finally {
            Sql.update("delete from api_token where account_id = (select id from account where email = 'famille343@example.net')");
            Sql.update("delete from account_role where role = 'AGENT' and account_id ="
                    + " (select id from account where email = 'famille343@example.net')");
        }
        HttpRequest.Builder plain = Api.request("/api/v1/me/tokens").header("Authorization", ADMIN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x"));
        assertEquals(415, Api.send(plain).statusCode());
    }
}

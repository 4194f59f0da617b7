package fr.marelle.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guardians and the family requests an agent validates: a second guardian invited by e-mail
 * chooses a password from the link and shares the household; a person already guardian elsewhere
 * cannot be invited; the last guardian cannot leave, a leave moves the billing contact; a person
 * not allowed and a custody link requested by a family apply once an agent accepts, and another
 * family gets 404 on them; the pages in a browser with axe; an invited address joins nothing by a
 * forgotten password or without ticking "join". Demo families famille261..268 (French accounts; famille260 is English).
 */
class GuardiansIT extends BrowserITBase {

    private static final String PASSWORD = ItEnvironment.DEMO_PASSWORD;
    private static final String AGENT = Api.basic("agent@example.org", PASSWORD);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static String auth(int family) {
        return Api.basic("famille" + family + "@example.net", PASSWORD);
    }

    @Test
    void anInvitedGuardianChoosesAPasswordFromTheMailSharesTheHouseholdAndTheLastGuardianCannotLeave() {
        String inviter = "famille261@example.net";
        String invitee = "second.responsable261@example.net";
        long household = Api.json(ok(get("/api/v1/household", auth(261)))).getJsonNumber("id").longValue();

        browser.open("/login.xhtml");
        signIn(inviter, PASSWORD);
        browser.open("/parent/household.xhtml");
        browser.assertAccessible("the household page with the invitation form");
        browser.type("firstName", "Sacha");
        browser.type("lastName", "Second");
        browser.type("email", "famille261@example.net");
        browser.submit("inviteGuardian");
        assertTrue(browser.find("email-error").getText().contains("déjà responsable de votre foyer"), browser.text());
        browser.type("email", invitee);
        browser.submit("inviteGuardian");
        assertTrue(browser.text().contains("Invitation envoyée à " + invitee), browser.text());
        assertTrue(browser.find("pendingInvitations").getText().contains(invitee), browser.text());
        browser.assertAccessible("the household page with a pending invitation");
        browser.submit("logoutButton");

        Mailbox.Mail mail = Mailbox.await(invitee, 1).get(0);
        assertTrue(mail.subject().contains("vous invite"), mail.subject());
        String link = mail.link(ItEnvironment.baseUrl() + "/invitation.xhtml?token=");
        browser.driver.get(link);
        browser.assertAccessible("the invitation acceptance page");
        String householdName = Api.json(ok(get("/api/v1/household", auth(261)))).getString("name");
        String offer = browser.find("householdOffer").getText();
        assertTrue(offer.contains(householdName) && offer.contains("vous invite"), "the household and who invites: " + offer);
        assertFalse(browser.find("joinHousehold").isSelected(), "joining is the person's explicit choice");
        browser.type("password", "Sacha-Second-2026!");
        browser.find("termsAccepted").click();
        browser.find("joinHousehold").click();
        browser.submit("submit");
        assertTrue(browser.text().contains("Votre compte est activé"), browser.text());

        // the second guardian reads the same household over REST, with the same rights
        String second = Api.basic(invitee, "Sacha-Second-2026!");
        JsonObject shared = Api.json(ok(get("/api/v1/household", second)));
        assertEquals(household, shared.getJsonNumber("id").longValue());
        assertEquals(2, shared.getJsonArray("guardians").size());
        JsonObject guardians = Api.json(ok(get("/api/v1/household/guardians", second)));
        assertTrue(guardians.getJsonArray("pendingInvitations").isEmpty(), guardians.toString());
        assertTrue(historyFields(second).contains("guardian.added"));
        // the link is single-use
        assertTrue(Api.get(link.substring(ItEnvironment.baseUrl().length())).body().contains("déjà été utilisé"));

        // the inviter, billing contact, leaves: the invoices go to the second guardian, who is e-mailed
        HttpResponse<String> left = delete("/api/v1/household/guardians/me", auth(261));
        assertEquals(200, left.statusCode(), left.body());
        assertEquals(invitee, Api.json(left).getJsonObject("newBillingContact").getString("email"));
        Mailbox.Mail news = Mailbox.await(invitee, 2).get(1);
        assertTrue(news.body().contains("Vous recevez désormais les factures"), news.body());
        assertEquals(404, get("/api/v1/household", auth(261)).statusCode());
        JsonObject after = Api.json(ok(get("/api/v1/household", second)));
        assertEquals(guardians.getJsonArray("guardians").getJsonObject(1).getJsonNumber("accountId").longValue(),
                after.getJsonNumber("billingAccountId").longValue());
        List<String> fields = historyFields(second);
        assertTrue(fields.contains("guardian.removed") && fields.contains("billing.contact"), fields.toString());

        // the last guardian cannot leave, and is told why
        HttpResponse<String> last = delete("/api/v1/household/guardians/me", second);
        assertEquals(400, last.statusCode(), last.body());
        assertTrue(last.body().contains("seul responsable"), last.body());
    }

    @Test
    void anInvitedAddressJoinsNothingThroughPasswordForgottenNorWithoutTickingJoin() {
        // the owner of an invited address (no account yet) uses "password forgotten" instead of the invitation
        String invitee = "camille.invitee264@example.net";
        assertEquals(201, Api.postJson("/api/v1/household/guardians/invitations",
                "{\"firstName\":\"Camille\",\"lastName\":\"Invitée\",\"email\":\"" + invitee + "\"}",
                "Authorization", auth(264)).statusCode());
        Mailbox.await(invitee, 1);
        browser.driver.manage().deleteAllCookies(); // nobody signed in
        browser.open("/password-forgotten.xhtml");
        browser.type("email", invitee);
        browser.submit("submit");
        Mailbox.Mail reset = Mailbox.await(invitee, 2).get(1);
        assertFalse(reset.body().contains("/invitation.xhtml"), "a forgotten password never leads to the invitation");
        browser.driver.get(reset.link(ItEnvironment.baseUrl() + "/password-reset.xhtml?token="));
        browser.assertAccessible("the reset page of an account that never accepted the terms");
        browser.type("password", "Camille-Invitee-2026!");
        browser.submit("submit");
        assertTrue(browser.find("termsAccepted-error").getText().length() > 0, "the terms must be accepted: " + browser.text());
        browser.type("password", "Camille-Invitee-2026!");
        browser.find("termsAccepted").click();
        browser.submit("submit");

        String camille = Api.basic(invitee, "Camille-Invitee-2026!");
        assertEquals(404, get("/api/v1/household", camille).statusCode(), "the reset joined no household");
        JsonObject inviter = Api.json(ok(get("/api/v1/household/guardians", auth(264))));
        assertEquals(1, inviter.getJsonArray("guardians").size());
        assertEquals(1, inviter.getJsonArray("pendingInvitations").size(), "the invitation is still the person's to accept");

        // an invitation link accepted without ticking "join" activates the account and joins nothing either
        String other = "dominique.invitee265@example.net";
        assertEquals(201, Api.postJson("/api/v1/household/guardians/invitations",
                "{\"firstName\":\"Dominique\",\"lastName\":\"Invitée\",\"email\":\"" + other + "\"}",
                "Authorization", auth(265)).statusCode());
        browser.driver.get(Mailbox.await(other, 1).get(0).link(ItEnvironment.baseUrl() + "/invitation.xhtml?token="));
        browser.type("password", "Dominique-Invitee-2026!");
        browser.find("termsAccepted").click();
        browser.submit("submit");
        assertTrue(browser.text().contains("Votre compte est activé"), browser.text());
        assertEquals(404, get("/api/v1/household", Api.basic(other, "Dominique-Invitee-2026!")).statusCode());
        assertEquals(1, Api.json(ok(get("/api/v1/household/guardians", auth(265)))).getJsonArray("guardians").size());
    }

    @Test
    void aPersonAlreadyGuardianElsewhereCannotBeInvitedAndOnlyTheHouseholdWithdrawsItsInvitations() {
        String elsewhere = "{\"firstName\":\"Alex\",\"lastName\":\"Ailleurs\",\"email\":\"famille262@example.net\"}";
        HttpResponse<String> refused = Api.postJson("/api/v1/household/guardians/invitations", elsewhere,
                "Authorization", auth(268));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("email", Api.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(refused.body().contains("un seul foyer"), refused.body());
        String otherName = Api.json(ok(get("/api/v1/household", auth(262)))).getString("name");
        assertFalse(refused.body().contains(otherName), "the answer must not name the other household");
        assertTrue(Mailbox.received("famille262@example.net").isEmpty());

        HttpResponse<String> sent = Api.postJson("/api/v1/household/guardians/invitations",
                "{\"firstName\":\"Noa\",\"lastName\":\"Invitée\",\"email\":\"noa.invitee268@example.net\"}",
                "Authorization", auth(268));
        assertEquals(201, sent.statusCode(), sent.body());
        long invitation = Api.json(sent).getJsonNumber("id").longValue();
        assertEquals(404, delete("/api/v1/household/guardians/invitations/" + invitation, auth(263)).statusCode());
        assertEquals(204, delete("/api/v1/household/guardians/invitations/" + invitation, auth(268)).statusCode());
        assertTrue(Api.json(ok(get("/api/v1/household/guardians", auth(268)))).getJsonArray("pendingInvitations").isEmpty());
        // the withdrawn invitation's link no longer works
        String link = Mailbox.await("noa.invitee268@example.net", 1).get(0)
                .link(ItEnvironment.baseUrl() + "/invitation.xhtml?token=");
        assertTrue(Api.get(link.substring(ItEnvironment.baseUrl().length())).body().contains("pas valide"));
    }

    @Test
    void aPersonNotAllowedRequestedByTheFamilyAppearsOnTheChildOnceAnAgentAcceptsIt() {
        long child = firstId(get("/api/v1/household/children", auth(263)));
        HttpResponse<String> submitted = Api.send(multipart(Api.request("/api/v1/household/requests")
                .header("Authorization", auth(263)), Map.of("type", "NOT_ALLOWED_PERSON", "childId", String.valueOf(child),
                "firstName", "Marc", "lastName", "Interdit", "relation", "oncle", "note", "Jugement du 2 février"), PDF));
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonObject request = Api.json(submitted);
        long id = request.getJsonNumber("id").longValue();
        assertEquals("SUBMITTED", request.getString("state"));
        assertTrue(request.getBoolean("proofKept"));
        assertTrue(Mailbox.await("famille263@example.net", 1).get(0).subject().contains("Personne non autorisée"));

        // another family: 404 on read and on writing to the thread; and no way to ask for someone else's child
        assertEquals(404, get("/api/v1/household/requests/" + id, auth(264)).statusCode());
        assertEquals(404, Api.postJson("/api/v1/household/requests/" + id + "/messages", "{\"body\":\"coucou\"}",
                "Authorization", auth(264)).statusCode());
        assertEquals(404, Api.postJson("/api/v1/household/requests", "{\"type\":\"NOT_ALLOWED_PERSON\",\"childId\":"
                + child + ",\"firstName\":\"A\",\"lastName\":\"B\",\"relation\":\"c\"}", "Authorization", auth(264)).statusCode());
        assertEquals(403, get("/api/v1/staff/household-requests", auth(263)).statusCode());

        // the thread: the agent asks, the family is e-mailed and answers
        JsonArray queue = array(ok(get("/api/v1/staff/household-requests", AGENT)));
        assertTrue(queue.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getJsonNumber("id").longValue() == id));
        assertEquals(200, get("/api/v1/staff/household-requests/" + id + "/proof", AGENT).statusCode());
        assertEquals(201, Api.postJson("/api/v1/staff/household-requests/" + id + "/messages",
                "{\"body\":\"Merci de préciser la date du jugement.\"}", "Authorization", AGENT).statusCode());
        assertTrue(Mailbox.await("famille263@example.net", 2).get(1).body().contains("date du jugement"));
        assertEquals(201, Api.postJson("/api/v1/household/requests/" + id + "/messages",
                "{\"body\":\"Le 2 février 2026.\"}", "Authorization", auth(263)).statusCode());

        HttpResponse<String> accepted = Api.postJson("/api/v1/staff/household-requests/" + id + "/decision",
                "{\"decision\":\"ACCEPTED\",\"message\":\"Décision enregistrée.\"}", "Authorization", AGENT);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertFalse(Api.json(accepted).getBoolean("proofKept"));
        assertEquals(2, Api.json(accepted).getJsonArray("messages").size());
        assertTrue(Mailbox.await("famille263@example.net", 3).get(2).subject().contains("validée"));
        JsonObject person = array(ok(get("/api/v1/household/children/" + child + "/pickup-persons", auth(263))))
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("lastName").equals("Interdit"))
                .findFirst().orElseThrow();
        assertTrue(person.getBoolean("notAllowed"));
        assertFalse(person.getBoolean("mayPickUp"));
        JsonArray history = array(ok(get("/api/v1/household/history", auth(263))));
        assertTrue(history.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("field").equals("request.state")
                && "ACCEPTED".equals(c.getString("newValue", null))), history.toString());
        assertTrue(history.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("field").equals("notAllowed.added")
                && !c.getString("actor").contains("famille")), history.toString());
        assertEquals(400, Api.postJson("/api/v1/staff/household-requests/" + id + "/decision",
                "{\"decision\":\"REFUSED\",\"message\":\"non\"}", "Authorization", AGENT).statusCode());
    }

    @Test
    void aCustodyLinkAcceptedByAnAgentShowsTheChildInTheOtherParentsHousehold() {
        long child = firstId(get("/api/v1/household/children", auth(265)));
        HttpResponse<String> submitted = Api.postJson("/api/v1/household/requests", "{\"type\":\"CUSTODY_LINK\",\"childId\":"
                + child + ",\"otherParentName\":\"Parent 266\",\"otherParentEmail\":\"famille266@example.net\"}",
                "Authorization", auth(265));
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = Api.json(submitted).getJsonNumber("id").longValue();
        assertEquals(404, get("/api/v1/household/children/" + child, auth(266)).statusCode());

        HttpResponse<String> refused = Api.postJson("/api/v1/staff/household-requests/" + id + "/decision",
                "{\"decision\":\"REFUSED\"}", "Authorization", AGENT);
        assertEquals(400, refused.statusCode(), refused.body());
        HttpResponse<String> accepted = Api.postJson("/api/v1/staff/household-requests/" + id + "/decision",
                "{\"decision\":\"ACCEPTED\"}", "Authorization", AGENT);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(200, get("/api/v1/household/children/" + child, auth(266)).statusCode());
    }

    @Test
    void aParentAsksForAPersonNotAllowedFromTheRequestsPageAndTheAgentRefusesItFromTheQueue() throws SQLException {
        browser.open("/login.xhtml");
        signIn("famille267@example.net", PASSWORD);
        browser.open("/parent/requests.xhtml");
        assertEquals("Demandes à valider", browser.heading());
        browser.assertAccessible("the requests page");
        browser.submit("submitNotAllowed");
        assertTrue(browser.find("na-firstName-error").getText().length() > 0, browser.text());
        browser.assertAccessible("the requests page with errors");
        browser.type("na-firstName", "Jean");
        browser.type("na-lastName", "Refusé");
        browser.type("na-relation", "voisin");
        browser.submit("submitNotAllowed");
        assertTrue(browser.text().contains("Votre demande est envoyée"), browser.text());
        assertTrue(browser.text().contains("En attente de validation"), browser.text());
        long id = requestOf("famille267@example.net");
        browser.submit("logoutButton");

        browser.open("/login.xhtml");
        signIn("agent@example.org", PASSWORD);
        browser.open("/staff/quotients.xhtml");
        browser.assertAccessible("the validation queue with the families' requests");
        browser.submit("rq-refuse-" + id);
        assertTrue(browser.find("rq-" + id + "-message-error").getText().contains("refus"), browser.text());
        browser.type("rq-" + id + "-message", "Merci de joindre la décision de justice.");
        browser.submit("rq-refuse-" + id);
        assertTrue(browser.text().contains("Demande refusée"), browser.text());
        browser.submit("logoutButton");
        assertTrue(Mailbox.await("famille267@example.net", 2).get(1).body().contains("joindre la décision"));
    }

    // ------------------------------------------------------------------ helpers

    private static long requestOf(String email) throws SQLException {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select r.id from household_request r join guardian g"
                     + " on g.household_id = r.household_id join account a on a.id = g.account_id where a.email = ?"
                     + " order by r.id desc limit 1")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    private static List<String> historyFields(String auth) {
        return array(ok(get("/api/v1/household/history", auth))).getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("field")).toList();
    }

    private static HttpResponse<String> get(String path, String auth) {
        return Api.get(path, "Authorization", auth);
    }

    private static HttpResponse<String> delete(String path, String auth) {
        return Api.send(Api.request(path).header("Authorization", auth).DELETE());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static long firstId(HttpResponse<String> response) {
        JsonArray items = array(ok(response));
        assertFalse(items.isEmpty(), response.body());
        return items.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static HttpRequest.Builder multipart(HttpRequest.Builder request, Map<String, String> fields, byte[] proof) {
        String boundary = "marelle" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"proof\"; filename=\"jugement.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(proof);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}

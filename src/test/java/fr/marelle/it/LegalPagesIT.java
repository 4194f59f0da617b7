package fr.marelle.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legal pages over HTTP: the administrator sets the town's legal information through the API,
 * anyone reads it on each public page in French and English, in the footer, in mails and on
 * invoices; what is not set shows "à compléter" and the administrator's home says so.
 */
class LegalPagesIT extends PortalITBase {

    private static final String PATH = "/api/v1/admin/settings/legal";
    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final List<String> FIELDS = List.of("publisherName", "publisherAddress", "publisherPhone", "publisherSiret",
            "publicationDirector", "hostName", "hostAddress", "hostPhone", "dpoName", "dpoEmail", "dpoAddress", "supportEmail",
            "supportPhone", "supportHours", "accessibilityRate", "accessibilityAuditDate", "accessibilityAuditor",
            "accessibilityExceptions", "accessibilityDerogations", "accessibilityOutOfScope", "accessibilityPages",
            "accessibilitySchemeUrl", "accessibilityPlanUrl", "decisionSignatoryName", "decisionSignatoryTitle", "issuerName", "issuerTitle",
            "appealCourt", "invoiceCourt", "answerDays", "silenceMeans");

    /** Values no other test uses, to be sure the pages show these ones. */
    static final Map<String, String> SET = new LinkedHashMap<>();

    static {
        SET.put("publisherName", "Commune de Testeville");
        SET.put("publisherAddress", "2 place du Test, 49100 Testeville");
        SET.put("publisherPhone", "02 41 99 88 70");
        SET.put("publisherSiret", "21490001234567");
        SET.put("publicationDirector", "Anne Essai, maire de Testeville");
        SET.put("hostName", "Hébergeur Essai SAS");
        SET.put("hostAddress", "5 rue des Baies, 75000 Paris");
        SET.put("hostPhone", "01 99 00 00 01");
        SET.put("dpoName", "Service DPO de Testeville");
        SET.put("dpoEmail", "dpo-test@example.org");
        SET.put("dpoAddress", "DPO, 2 place du Test, 49100 Testeville");
        SET.put("supportEmail", "aide-test@example.org");
        SET.put("supportPhone", "02 41 99 88 77");
        SET.put("supportHours", "le mardi de 10 h à 12 h");
        SET.put("accessibilityRate", "100");
        SET.put("accessibilityAuditDate", "2025-06-30");
        SET.put("accessibilityAuditor", "Cabinet Audit Essai");
        SET.put("accessibilityExceptions", "Les plans PDF du centre de loisirs");
        SET.put("accessibilityDerogations", "La visite virtuelle du centre, jusqu’en 2027 ; plan décrit à l’accueil");
        SET.put("accessibilityOutOfScope", "Les cartes anciennes des écoles");
        SET.put("accessibilityPages", "Accueil, connexion, factures");
        SET.put("accessibilitySchemeUrl", "https://testeville.example.org/schema-accessibilite.pdf");
        SET.put("accessibilityPlanUrl", "https://testeville.example.org/plan-2026.pdf");
        SET.put("decisionSignatoryName", "Anne Essai");
        SET.put("decisionSignatoryTitle", "maire de Testeville");
        SET.put("issuerName", "Anne Essai");
        SET.put("issuerTitle", "maire de Testeville");
        SET.put("appealCourt", "tribunal administratif de Testeville");
    }

    private JsonObject original;

    @BeforeEach
    void keepTheTownsValues() {
        original = Api.json(Api.ok(Api.get(PATH, "Authorization", ADMIN)));
    }

    @AfterEach
    void putThemBack() {
        JsonObjectBuilder back = Json.createObjectBuilder();
        for (String field : FIELDS) {
            if (original.containsKey(field) && !original.isNull(field)) {
                back.add(field, original.getString(field));
            }
        }
        Api.ok(put(back.build().toString(), ADMIN));
    }

    private static HttpResponse<String> put(String json, String auth, String... headers) {
        HttpRequest.Builder request = Api.request(PATH).header("Authorization", auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Api.send(request);
    }

    private static String json(Map<String, String> values) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        values.forEach(body::add);
        return body.build().toString();
    }

    private static String text(HttpResponse<String> page) {
        return ReadableText.page(page);
    }

    private static void assertShows(String page, String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), page + " should show «" + e + "»: " + text);
        }
    }

    @Test
    void theAdministratorSetsTheLegalInformationAndAnyoneReadsItOnEachPageInFrenchAndEnglish() {
        JsonObject saved = Api.json(Api.ok(put(json(SET), ADMIN)));
        assertEquals("+33241998877", saved.getString("supportPhone"), "phones kept in E.164");
        assertEquals("FULL", saved.getString("accessibilityStatus"));
        assertEquals(0, saved.getJsonArray("missing").size());
        assertTrue(Sql.count("select count(*) from audit_entry where action = 'LEGAL_SETTINGS_CHANGED'"
                + " and after_json->>'supportEmail' = 'aide-test@example.org'") >= 1, "the change is audited");

        assertShows("legal notice", text(Api.get("/legal-notice.xhtml")), "Mentions légales", "Commune de Testeville",
                "2 place du Test, 49100 Testeville", "02 41 99 88 70", "21490001234567", "Anne Essai, maire de Testeville",
                "Hébergeur Essai SAS", "5 rue des Baies, 75000 Paris", "01 99 00 00 01", "article 1-1 de la loi n° 2004-575");
        assertShows("privacy", text(Api.get("/privacy.xhtml")), "Données personnelles", "Commune de Testeville",
                "Service DPO de Testeville", "dpo-test@example.org", "DPO, 2 place du Test", "article 6.1.e",
                "DGFiP", "45 jours après leur clôture", "36 mois", "10 ans après la fin de l’exercice", "Pas encore automatique",
                "article 21", "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07");
        assertShows("cookies", text(Api.get("/cookies.xhtml")), "MARELLE_SESSION", "30 minutes", "HttpOnly",
                "SameSite=Lax", "Secure", "pas de bandeau");
        assertShows("accessibility", text(Api.get("/accessibility.xhtml")), "totalement conforme", "30 juin 2025",
                "Cabinet Audit Essai", "100 %", "Les plans PDF du centre de loisirs", "aide-test@example.org",
                "Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07", "La visite virtuelle du centre, jusqu’en 2027",
                "Les cartes anciennes des écoles", "Accueil, connexion, factures", "établie le 30 juin 2025",
                "au moins tous les trois ans", "Schéma pluriannuel de mise en accessibilité");
        assertTrue(Api.get("/accessibility.xhtml").body().contains("href=\"https://testeville.example.org/plan-2026.pdf\""));
        String contact = text(Api.get("/contact.xhtml"));
        assertShows("contact", contact, "aide-test@example.org", "02 41 99 88 77", "le mardi de 10 h à 12 h",
                "dpo-test@example.org");
        String home = Api.get("/index.xhtml").body();
        assertShows("footer", home, "Accessibilité : totalement conforme", "href=\"/legal-notice.xhtml\"",
                "href=\"/privacy.xhtml\"", "href=\"/cookies.xhtml\"", "href=\"/accessibility.xhtml\"", "href=\"/terms.xhtml\"",
                "href=\"/contact.xhtml\"");

        String english = englishSession();
        assertShows("legal notice (en)", text(get("/legal-notice.xhtml", english)), "Legal notice", "Director of publication",
                "Anne Essai, maire de Testeville", "Hébergeur Essai SAS");
        assertShows("privacy (en)", text(get("/privacy.xhtml", english)), "Personal data", "dpo-test@example.org",
                "45 days after they close", "Complaint to the CNIL", "3 place de Fontenoy");
        assertShows("cookies (en)", text(get("/cookies.xhtml", english)), "MARELLE_SESSION", "no cookie banner");
        assertShows("accessibility (en)", text(get("/accessibility.xhtml", english)), "fully compliant", "June 30, 2025",
                "Cabinet Audit Essai", "Remedies");
        assertShows("contact (en)", text(get("/contact.xhtml", english)), "Family portal service", "aide-test@example.org",
                "02 41 99 88 77", "Accessibility: fully compliant");

        JsonObject open = Api.json(Api.ok(Api.get("/api/v1/legal")));
        assertEquals("aide-test@example.org", open.getJsonObject("support").getString("email"));
        assertEquals("dpo-test@example.org", open.getJsonObject("dpo").getString("email"));
        assertEquals("Commune de Testeville", open.getJsonObject("publisher").getString("name"));
        assertEquals("FULL", open.getJsonObject("accessibility").getString("status"));
        assertTrue(Api.get("/openapi").body().contains("/admin/settings/legal"), "in the OpenAPI document");
    }

    @Test
    void aPartialAuditAndNoAuditSetTheFootersMention() {
        Map<String, String> partial = new LinkedHashMap<>(SET);
        partial.put("accessibilityRate", "62,5");
        Api.ok(put(json(partial), ADMIN));
        assertShows("footer", text(Api.get("/index.xhtml")), "Accessibilité : partiellement conforme");
        assertShows("accessibility", text(Api.get("/accessibility.xhtml")), "62,5 %");
        partial.remove("accessibilityAuditDate");
        Api.ok(put(json(partial), ADMIN));
        assertShows("footer", text(Api.get("/index.xhtml")), "Accessibilité : non conforme");
        assertShows("accessibility", text(Api.get("/accessibility.xhtml")), "Aucun audit de conformité");
    }

    @Test
    void wrongValuesAreRefusedFieldByFieldAndOnlyTheAdministratorMaySetThem() {
        assertEquals(401, Api.get(PATH).statusCode());
        assertEquals(403, Api.get(PATH, "Authorization", Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD)).statusCode());
        assertEquals(403, put(json(SET), Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD)).statusCode());
        Map<String, String> wrong = new LinkedHashMap<>(SET);
        wrong.put("supportEmail", "pas-une-adresse");
        wrong.put("supportPhone", "12");
        wrong.put("accessibilityAuditDate", "2999-01-01");
        wrong.put("accessibilityRate", "101");
        HttpResponse<String> refused = put(json(wrong), ADMIN, "Accept-Language", "en");
        assertEquals(400, refused.statusCode(), refused.body());
        String fields = Api.json(refused).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).sorted().collect(Collectors.joining(","));
        assertEquals("accessibilityAuditDate,accessibilityRate,supportEmail,supportPhone", fields, refused.body());
        assertTrue(refused.body().contains("The audit date cannot be in the future."), refused.body());
        HttpResponse<String> unknown = put("{\"mayor\": \"X\"}", ADMIN);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals(Api.json(Api.get(PATH, "Authorization", ADMIN)).toString(), original.toString(), "nothing saved");
    }

    @Test
    void whatIsNotSetShowsACompleterAndTheAdministratorsHomeWarns() {
        Api.ok(put("{}", ADMIN));
        assertShows("legal notice", text(Api.get("/legal-notice.xhtml")), "à compléter");
        assertShows("contact", text(Api.get("/contact.xhtml")), "à compléter", "Accessibilité : non conforme");
        JsonObject support = Api.json(Api.get("/api/v1/legal")).getJsonObject("support");
        assertTrue(!support.containsKey("email") || support.isNull("email"), support.toString());
        PageSession admin = PageSession.signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        assertShows("admin home", text(admin.get("/admin/home.xhtml")), "Les informations légales sont incomplètes",
                "E-mail du délégué à la protection des données");
        Api.ok(put(json(SET), ADMIN));
        assertFalse(text(admin.get("/admin/home.xhtml")).contains("informations légales sont incomplètes"));
    }

    @Test
    void everyMailAndTheInvoicePdfCarryTheSupportContact() throws Exception {
        Api.ok(put(json(SET), ADMIN));
        String email = "legal." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        assertEquals(201, Api.postJson("/api/v1/accounts", Json.createObjectBuilder().add("firstName", "Lou")
                .add("lastName", "Mentions").add("email", email).add("password", "Mentions-Legales-2026!")
                .add("termsAccepted", JsonValue.TRUE).build().toString()).statusCode());
        Mailbox.Mail mail = Mailbox.await(email, 1).get(0);
        assertTrue(mail.body().contains("Contact du portail famille : aide-test@example.org · 02 41 99 88 77"
                + " (le mardi de 10 h à 12 h)"), mail.body());

        long invoice = Sql.count("select min(i.id) from invoice i join guardian g on g.household_id = i.household_id"
                + " join account a on a.id = g.account_id where a.email = 'parent@example.org'");
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                Api.request("/api/v1/invoices/" + invoice + "/pdf")
                        .header("Authorization", Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD))
                        .header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String text = ReadableText.pdf(pdf.body());
        assertTrue(text.contains("aide-test@example.org"), text);
    }

    /** An anonymous session switched to English with the header's language switch, as a browser does. */
    private static String englishSession() {
        HttpResponse<String> page = Api.get("/index.xhtml");
        String cookie = PageSession.sessionCookie(page);
        assertNotNull(cookie, page.headers().map().toString());
        cookie = cookie.split(";", 2)[0];
        Matcher form = Pattern.compile("<form id=\"languageSwitch\".*?</form>", Pattern.DOTALL).matcher(page.body());
        assertTrue(form.find(), page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(form.group());
        while (input.find()) {
            Matcher name = Pattern.compile("\\bname=\"([^\"]*)\"").matcher(input.group());
            Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        String body = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> switched = Api.send(Api.request("/index.xhtml").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(302, switched.statusCode(), switched.body());
        return cookie;
    }

    private static HttpResponse<String> get(String path, String cookie) {
        return Api.send(Api.request(path).header("Cookie", cookie).GET());
    }
}

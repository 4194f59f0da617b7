package fr.marelle.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static fr.marelle.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator sets the days families may ask online to enrol a child for a school year: outside them the
 * family is refused with the dates (a dérogation too), while an agent still enters the request at the counter.
 * Demo family famille31, with a child of its own born to enter petite section; the window is removed afterwards
 * (SchoolEnrolmentIT's families ask for the same school year).
 */
class EnrolmentWindowsIT extends PortalITBase {

    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String FAMILY = Api.basic("famille31@example.net", ItEnvironment.DEMO_PASSWORD);

    @Test
    void outsideTheAdministratorsDatesAFamilyIsRefusedWithThemAndAnAgentStillEntersTheRequestAtTheCounter() {
        LocalDate today = ItEnvironment.today();
        HttpResponse<String> born = Api.postJson("/api/v1/household/children", "{\"firstName\":\"Fenêtre\",\"lastName\":\"Trente-et-un\","
                + "\"birthDate\":\"" + petiteSectionBirthYear(today) + "-03-04\",\"sex\":\"F\"}", "Authorization", FAMILY);
        assertEquals(201, born.statusCode(), born.body());
        long child = Api.json(born).getJsonNumber("id").longValue();
        long household = Sql.count("select household_id from household_child where child_id = " + child);
        String year = Api.json(ok(Api.get("/api/v1/school-enrolments/proposal?childId=" + child, "Authorization", FAMILY)))
                .getString("schoolYear");
        try {
            HttpResponse<String> wrong = put(year, "{\"opensOn\":\"" + today + "\",\"closesOn\":\"" + today.minusDays(1) + "\"}");
            assertEquals(400, wrong.statusCode(), wrong.body());
            assertTrue(wrong.body().contains("Le dernier jour des demandes vient après le premier"), wrong.body());
            assertEquals(403, Api.send(Api.request("/api/v1/admin/school-enrolment-windows/" + year).header("Authorization", FAMILY)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}"))).statusCode());

            JsonObject closed = Api.json(ok(put(year, "{\"opensOn\":\"" + today.minusDays(30) + "\",\"closesOn\":\""
                    + today.minusDays(1) + "\"}")));
            assertEquals(today.minusDays(1).toString(), closed.getString("closesOn"));
            assertTrue(Api.array(ok(Api.get("/api/v1/admin/school-enrolment-windows", "Authorization", ADMIN))).stream()
                    .map(JsonValue::asJsonObject).anyMatch(w -> w.getString("schoolYear").equals(year)));
            assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'ENROLMENT_WINDOW_CHANGED'"
                    + " and object_id = '" + year + "' and after_json ->> 'closesOn' = '" + today.minusDays(1) + "'"));

            HttpResponse<String> refused = Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + child + ",\"schoolYear\":\""
                    + year + "\"}", "Authorization", FAMILY);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", Api.mediaType(refused));
            assertTrue(refused.body().contains("Les demandes d’inscription scolaire pour " + year + " étaient ouvertes du")
                    && refused.body().contains("elles sont closes"), refused.body());
            long schools = Sql.count("select max(id) from site where kind = 'SCHOOL' and active");
            HttpResponse<String> derogation = Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + child + ",\"schoolYear\":\""
                    + year + "\",\"wishedSchoolId\":" + schools + ",\"derogationReason\":\"Près du travail\"}",
                    "Authorization", FAMILY, "Accept-Language", "en");
            assertEquals(400, derogation.statusCode(), derogation.body());
            assertTrue(derogation.body().contains("they are closed"), "a dérogation too, in the caller's language: " + derogation.body());
            assertEquals(0, Sql.count("select count(*) from school_enrolment where child_id = " + child));

            HttpResponse<String> counter = Api.postJson("/api/v1/staff/school-enrolments", "{\"householdId\":" + household
                    + ",\"childId\":" + child + ",\"schoolYear\":\"" + year + "\"}", "Authorization", AGENT);
            assertEquals(201, counter.statusCode(), counter.body());
            JsonObject entered = Api.json(counter);
            assertEquals("SUBMITTED", entered.getString("state"));
            assertTrue(entered.getString("reference").startsWith("S-"), entered.toString());
            assertEquals(403, Api.postJson("/api/v1/staff/school-enrolments", "{\"householdId\":" + household + ",\"childId\":"
                    + child + "}", "Authorization", FAMILY).statusCode(), "the counter is staff's");
        } finally {
            Sql.update("delete from school_enrolment_window where school_year = '" + year + "'");
        }
    }

    @Test
    void aFamilyAsksWhileTheDatesAreOpen() {
        LocalDate today = ItEnvironment.today();
        HttpResponse<String> born = Api.postJson("/api/v1/household/children", "{\"firstName\":\"Ouverte\",\"lastName\":\"Trente-et-un\","
                + "\"birthDate\":\"" + petiteSectionBirthYear(today) + "-06-07\",\"sex\":\"F\"}", "Authorization", FAMILY);
        assertEquals(201, born.statusCode(), born.body());
        long child = Api.json(born).getJsonNumber("id").longValue();
        String year = Api.json(ok(Api.get("/api/v1/school-enrolments/proposal?childId=" + child, "Authorization", FAMILY)))
                .getString("schoolYear");
        try {
            ok(put(year, "{\"opensOn\":\"" + today + "\",\"closesOn\":\"" + today.plusDays(20) + "\"}"));
            Sql.update("update account set language = 'fr' where email = 'famille31@example.net'");
            String page = ReadableText.page(PageSession.signIn("famille31@example.net", ItEnvironment.DEMO_PASSWORD)
                    .get("/parent/school-enrolments.xhtml")).replaceAll("\\s+", " ");
            assertTrue(page.contains("Demandes pour " + year + " ouvertes du"), "the family sees the dates before asking: " + page);
            HttpResponse<String> asked = Api.postJson("/api/v1/school-enrolments", "{\"childId\":" + child + ",\"schoolYear\":\""
                    + year + "\"}", "Authorization", FAMILY);
            assertEquals(201, asked.statusCode(), "the first day is included: " + asked.body());
        } finally {
            Sql.update("delete from school_enrolment_window where school_year = '" + year + "'");
        }
    }

    private static HttpResponse<String> put(String year, String json) {
        return Api.send(Api.request("/api/v1/admin/school-enrolment-windows/" + year).header("Authorization", ADMIN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * A birth year that puts the child in petite section in the coming school year (the one that starts next
     * September, or the September after when the school year has begun): the year it turns 3.
     */
    private static int petiteSectionBirthYear(LocalDate today) {
        int comingStart = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        return comingStart - 3;
    }
}

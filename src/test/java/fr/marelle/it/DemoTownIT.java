package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Whatever day the portal runs as of (run the suite with -Dmarelle.today), the demo town shows the
 * demo parent sessions to book in the coming weeks (the canteen in term, the leisure centre in the
 * holidays). Last month's invoices are checked by BillingIT, past attendance by BookingApiIT.
 */
class DemoTownIT extends PortalITBase {

    private static final String PARENT = Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD);

    @Test
    void theDemoParentHasSessionsToBookInTheComingFourWeeks() {
        LocalDate today = ItEnvironment.today();
        List<JsonObject> bookable = children().stream()
                .flatMap(child -> ChildCalendarApi.between(child, today, today.plusDays(27), PARENT).stream())
                .filter(e -> "BOOKABLE".equals(e.getString("state")))
                .toList();
        assertFalse(bookable.isEmpty(), "nothing to book for the demo parent's children from " + today);
    }

    private static List<Long> children() {
        return Api.array(Api.ok(Api.get("/api/v1/household/children", "Authorization", PARENT))).stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}

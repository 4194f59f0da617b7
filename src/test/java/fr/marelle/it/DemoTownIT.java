package fr.marelle.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever day the portal runs as of (run the suite with -Dmarelle.today), the demo town shows what
 * a demonstration needs: sessions the demo parent can book in the coming weeks (the canteen in term,
 * the leisure centre in the holidays) and last month already invoiced.
 */
class DemoTownIT extends PortalITBase {

    private static final String PARENT = Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD);

    @Test
    void theDemoParentHasSessionsToBookInTheComingFourWeeks() {
        LocalDate today = ItEnvironment.today();
        List<JsonObject> bookable = children().stream()
                .flatMap(child -> Api.array(Api.ok(Api.get("/api/v1/children/" + child + "/calendar?from=" + today + "&to="
                        + today.plusDays(27), "Authorization", PARENT))).stream().map(JsonValue::asJsonObject))
                .filter(e -> "BOOKABLE".equals(e.getString("state")))
                .toList();
        assertFalse(bookable.isEmpty(), "nothing to book for the demo parent's children from " + today);
    }

    @Test
    void lastMonthIsInvoicedForTheDemoParent() {
        YearMonth last = YearMonth.from(ItEnvironment.today()).minusMonths(1);
        List<String> months = Api.array(Api.ok(Api.get("/api/v1/invoices", "Authorization", PARENT))).stream()
                .map(JsonValue::asJsonObject).map(i -> i.getString("month")).toList();
        assertTrue(months.contains(last.toString()), "no invoice of " + last + " among " + months);
    }

    private static List<Long> children() {
        return Api.array(Api.ok(Api.get("/api/v1/household/children", "Authorization", PARENT))).stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}

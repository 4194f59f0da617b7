package fr.marelle.platform.boundary;

import fr.marelle.booking.boundary.BookingsResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiClassIndexTest {

    @Test
    void aPathTemplateLosesItsJaxRsPatternWhichGoesToItsParameter() {
        String feed = "/api/v1/calendar-feeds/{token: [A-Za-z0-9_-]{1,100}}.ics";
        assertEquals("/api/v1/calendar-feeds/{token}.ics", ApiClassIndex.withoutPatterns(feed));
        assertEquals(Map.of("token", "[A-Za-z0-9_-]{1,100}"), ApiClassIndex.patterns(feed));
        assertEquals("/api/v1/children/{id}/calendar", ApiClassIndex.withoutPatterns("/api/v1/children/{id}/calendar"));
        assertTrue(ApiClassIndex.patterns("/api/v1/children/{id}/calendar").isEmpty());
    }

    @Test
    void pathsAreJoinedWithOneSlash() {
        assertEquals("/api/v1/bookings/{id}", ApiClassIndex.join("/api/v1", "/", "bookings/{id}"));
        assertEquals("/api/v1/admin/retention", ApiClassIndex.join("/api/v1", "admin/retention", ""));
    }

    @Test
    void everyOperationIsFoundWithItsJavaMethod() {
        ApiClassIndex index = ApiClassIndex.of(ApiClassIndexTest.class.getClassLoader());
        assertEquals("book", index.method("post", "/api/v1/bookings").orElseThrow().getName());
        assertEquals("calendar", index.method("GET", "/api/v1/children/{id}/calendar").orElseThrow().getName());
        assertEquals("ics", index.method("GET", "/api/v1/calendar-feeds/{token}.ics").orElseThrow().getName());
        assertTrue(index.classes("BookingChangeJson").contains(BookingsResource.HistoryJson.class),
                "a class renamed by @Schema(name) is found by that name");
    }
}

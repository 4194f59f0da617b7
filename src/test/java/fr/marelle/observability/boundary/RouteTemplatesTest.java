package fr.marelle.observability.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouteTemplatesTest {

    @Path("/")
    static class Feeds {
        @GET
        @Path("calendar-feeds/{token: [A-Za-z0-9_-]{1,100}}.ics")
        public void ics() {
        }

        @GET
        @Path("children/{id}/calendar-feed")
        public void status() {
        }
    }

    @Path("household/requests")
    static class Requests {
        @GET
        public void list() {
        }

        @GET
        @Path("{id}")
        public void one() {
        }
    }

    @Test
    void anApiRouteIsItsTemplateWithoutTheRegexOfItsParameters() throws Exception {
        assertEquals("/api/v1/calendar-feeds/{token}.ics", RouteTemplates.api(Feeds.class, Feeds.class.getMethod("ics")));
        assertEquals("/api/v1/children/{id}/calendar-feed", RouteTemplates.api(Feeds.class, Feeds.class.getMethod("status")));
        assertEquals("/api/v1/household/requests", RouteTemplates.api(Requests.class, Requests.class.getMethod("list")));
        assertEquals("/api/v1/household/requests/{id}", RouteTemplates.api(Requests.class, Requests.class.getMethod("one")));
    }

    @Test
    void pagesKeepTheirPathAndEverythingElseFallsIntoAFewRoutes() {
        assertEquals("/parent/bookings.xhtml", RouteTemplates.other("/parent/bookings.xhtml", 200));
        assertEquals("/jakarta.faces.resource/*", RouteTemplates.other("/jakarta.faces.resource/theme.css.xhtml", 200));
        assertEquals("/metrics", RouteTemplates.other("/metrics/application", 200));
        assertEquals("/health", RouteTemplates.other("/health/ready", 200));
        assertEquals("unmatched", RouteTemplates.other("/parent/nope-123.xhtml", 404), "404s never make a series each");
        assertEquals("other", RouteTemplates.other("/themes/default/logo.svg", 200));
        assertEquals("other", RouteTemplates.other("/parent/x.xhtml;jsessionid=1<script>", 200));
    }
}

package fr.marelle.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricsProcessor;
import org.hawkular.agent.prometheus.types.Counter;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.types.MetricType;
import org.hawkular.agent.prometheus.walkers.CollectorPrometheusMetricsWalker;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operations rely on: /metrics read by a Prometheus scraper with its token (and by nobody
 * else but administrators), the portal's own metrics moving with what families do, a request id in
 * every answer, and a Location on what the API creates. Families famille55..57 are this class's own.
 */
class ObservabilityIT extends PortalITBase {

    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String PARENT = Api.basic("famille55@example.net", ItEnvironment.DEMO_PASSWORD);
    private static final String SCRAPER = "Bearer " + ItEnvironment.METRICS_TOKEN;

    @Test
    void aScraperWithTheTokenReadsTheMetricsAndAParentIsRefused() {
        HttpResponse<String> scraped = Api.get("/metrics", "Authorization", SCRAPER);
        assertEquals(200, scraped.statusCode(), scraped.body());
        Map<String, MetricFamily> all = parse(scraped.body());
        assertTrue(all.containsKey("marelle_db_connections"), all.keySet().toString());

        assertEquals(200, Api.get("/metrics?scope=application", "Authorization", SCRAPER).statusCode());
        assertEquals(200, Api.get("/metrics", "Authorization", ADMIN).statusCode());
        assertEquals(403, Api.get("/metrics", "Authorization", PARENT).statusCode());
        assertEquals(401, Api.get("/metrics").statusCode());
        assertEquals(401, Api.get("/metrics", "Authorization", "Bearer " + ItEnvironment.METRICS_TOKEN + "x").statusCode());
        // the token opens the metrics only
        assertEquals(401, Api.get("/api/v1/me", "Authorization", SCRAPER).statusCode());
    }

    @Test
    void theMetricsFollowBookingsRequestsJobsAndTheDatabase() {
        long child = Api.array(Api.ok(Api.get("/api/v1/household/children", "Authorization", PARENT)))
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject session = ChildCalendarApi.firstBookable(child, PARENT);
        double confirmedBefore = counter(scrape(), "marelle_bookings_total", "outcome", "CONFIRMED");

        JsonArray outcomes = Api.array(Api.ok(Api.postJson("/api/v1/bookings", "{\"items\":[{\"childId\":" + child
                + ",\"sessionId\":" + session.getJsonNumber("sessionId") + "}]}", "Authorization", PARENT)));
        assertEquals("CONFIRMED", outcomes.getJsonObject(0).getString("result"), outcomes.toString());
        String exposition = Api.ok(Api.get("/metrics?scope=application", "Authorization", SCRAPER)).body();
        Map<String, MetricFamily> after = parse(exposition);
        assertEquals(confirmedBefore + 1, counter(after, "marelle_bookings_total", "outcome", "CONFIRMED"), 0.0001);

        // the request's count, time and latency buckets under its route template, not its raw URL
        Map<String, String> post = Map.of("route", "/api/v1/bookings", "method", "POST", "status", "2xx");
        MetricFamily requests = family(after, "marelle_http_requests_total", MetricType.COUNTER);
        assertTrue(value(requests, post) >= 1, exposition);
        assertTrue(value(family(after, "marelle_http_request_duration_microseconds_total", MetricType.COUNTER), post) > 0);
        MetricFamily buckets = family(after, "marelle_http_request_duration_seconds_bucket_total", MetricType.COUNTER);
        double within10s = value(buckets, Map.of("route", "/api/v1/bookings", "method", "POST", "status", "2xx", "le", "10.0"));
        assertTrue(within10s >= 1 && within10s <= value(requests, post), "cumulative buckets");
        assertTrue(value(requests, Map.of("route", "/api/v1/household/children", "method", "GET")) >= 1);
        assertTrue(value(requests, Map.of("route", "/api/v1/children/{id}/calendar", "method", "GET")) >= 1);
        assertTrue(requests.getMetrics().stream().noneMatch(m -> m.getLabels().getOrDefault("route", "").matches(".*/\\d+.*")),
                "no raw ids in routes: " + exposition);

        // the portal's PostgreSQL connections (the scrape itself holds one), typed as gauges
        assertTrue(gauge(after, "marelle_db_connections", "state", "active") >= 1, "active connections");
        assertTrue(gauge(after, "marelle_db_pool_max_connections", null, null) > 0);
        family(after, "marelle_outbox_mails", MetricType.GAUGE);
        assertTrue(find(family(after, "marelle_outbox_mails", MetricType.GAUGE), Map.of("status", "failed")).isPresent());
        family(after, "marelle_outbox_oldest_pending_age_seconds", MetricType.GAUGE);

        // the mail sender runs every second in the tests
        assertTrue(counter(after, "marelle_job_runs_total", "job", "mail-sender") >= 1);
        assertTrue(gauge(after, "marelle_job_last_success_seconds", "job", "mail-sender") > 0);
    }

    @Test
    void everyAnswerCarriesARequestIdTheCallersWhenSane() {
        HttpResponse<String> given = Api.get("/api/v1/me", "Authorization", PARENT, "X-Request-Id", "it-request-0001");
        assertEquals(200, given.statusCode());
        assertEquals("it-request-0001", given.headers().firstValue("X-Request-Id").orElse(""));

        String generated = Api.get("/api/v1/me", "Authorization", PARENT, "X-Request-Id", "<script>alert(1)</script>")
                .headers().firstValue("X-Request-Id").orElse("");
        assertTrue(generated.matches("[0-9a-f]{24}"), generated);
        String page = Api.get("/login.xhtml").headers().firstValue("X-Request-Id").orElse("");
        assertTrue(page.matches("[0-9a-f]{24}"), page);
        assertNotEquals(generated, page);
    }

    @Test
    void whatTheApiCreatesIsNamedInLocation() {
        String parent = Api.basic("famille56@example.net", ItEnvironment.DEMO_PASSWORD);
        long child = Api.array(Api.ok(Api.get("/api/v1/household/children", "Authorization", parent)))
                .getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> person = Api.postJson("/api/v1/household/children/" + child + "/pickup-persons",
                "{\"firstName\":\"Jeanne\",\"lastName\":\"Roux\",\"relation\":\"tante\",\"phone\":\"06 11 22 33 44\","
                        + "\"mayPickUp\":true}", "Authorization", parent);
        assertEquals(201, person.statusCode(), person.body());
        long personId = Api.json(person).getJsonNumber("id").longValue();
        String location = person.headers().firstValue("Location").orElse("");
        assertEquals(ItEnvironment.baseUrl() + "/api/v1/household/children/" + child + "/pickup-persons/" + personId, location);
        HttpResponse<String> read = Api.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", parent).GET());
        assertEquals(personId, Api.json(Api.ok(read)).getJsonNumber("id").longValue());

        HttpResponse<String> token = Api.postJson("/api/v1/me/tokens", "{\"name\":\"Tableur\",\"role\":\"PARENT\"}",
                "Authorization", parent);
        assertEquals(201, token.statusCode(), token.body());
        long tokenId = Api.json(token).getJsonObject("token").getJsonNumber("id").longValue();
        String tokenLocation = token.headers().firstValue("Location").orElse("");
        assertEquals(ItEnvironment.baseUrl() + "/api/v1/me/tokens/" + tokenId, tokenLocation);
        assertEquals(204, Api.send(HttpRequest.newBuilder(URI.create(tokenLocation)).header("Authorization", parent).DELETE())
                .statusCode(), "the Location is the token's own address");
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, MetricFamily> scrape() {
        HttpResponse<String> response = Api.get("/metrics?scope=application", "Authorization", SCRAPER);
        assertEquals(200, response.statusCode(), response.body());
        return parse(response.body());
    }

    /** The exposition read by a Prometheus text-format parser; a malformed one fails here. */
    private static Map<String, MetricFamily> parse(String text) {
        CollectorPrometheusMetricsWalker walker = new CollectorPrometheusMetricsWalker();
        new TextPrometheusMetricsProcessor(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), walker).walk();
        assertTrue(walker.isFinished(), "parsed to the end");
        return walker.getAllMetricFamilies().stream().collect(Collectors.toMap(MetricFamily::getName, Function.identity(),
                (a, b) -> {
                    throw new AssertionError("family " + a.getName() + " twice");
                }));
    }

    private static MetricFamily family(Map<String, MetricFamily> families, String name, MetricType type) {
        MetricFamily family = families.get(name);
        assertTrue(family != null, name + " missing from " + families.keySet());
        assertEquals(type, family.getType(), name);
        return family;
    }

    private static Optional<Metric> find(MetricFamily family, Map<String, String> labels) {
        return family.getMetrics().stream()
                .filter(m -> labels.entrySet().stream().allMatch(l -> l.getValue().equals(m.getLabels().get(l.getKey()))))
                .findFirst();
    }

    private static double value(MetricFamily family, Map<String, String> labels) {
        return find(family, labels).map(m -> ((Counter) m).getValue())
                .orElseThrow(() -> new AssertionError(labels + " not in " + family.getName()));
    }

    /** A counter's value, 0 when the series does not exist yet. */
    private static double counter(Map<String, MetricFamily> families, String name, String label, String value) {
        if (!families.containsKey(name)) {
            return 0;
        }
        return find(family(families, name, MetricType.COUNTER), Map.of(label, value)).map(m -> ((Counter) m).getValue())
                .orElse(0.0);
    }

    private static double gauge(Map<String, MetricFamily> families, String name, String label, String value) {
        MetricFamily family = family(families, name, MetricType.GAUGE);
        return find(family, label == null ? Map.of() : Map.of(label, value)).map(m -> ((Gauge) m).getValue())
                .orElseThrow(() -> new AssertionError(name + " " + label + "=" + value + " in " + family.getMetrics()));
    }

    /**
     * A node killed while handing a mail to the SMTP server leaves its claim behind: once the two-minute lease
     * is over the mail is failed as uncertain and never sent again by itself (it may have arrived), while a
     * claim still within its lease is left to its sender.
     */
    @Test
    void aMailLeftWhileBeingSentIsListedAsUncertainAndNeverSentTwice() throws Exception {
        String abandoned = "claim-abandoned@example.net";
        String inFlight = "claim-in-flight@example.net";
        // the lease is wall-clock time, whatever day the portal's clock says
        OffsetDateTime wall = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        long left = claimedMail(abandoned, wall.minusMinutes(3));
        long sending = claimedMail(inFlight, wall.minusSeconds(20));
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(40);
            while (Sql.count("select count(*) from outbox_mail where id = " + left + " and status = 'FAILED'") == 0) {
                assertTrue(System.nanoTime() < deadline, "the abandoned claim was not released");
                Thread.sleep(250);
            }
            assertTrue(Sql.text("select last_error from outbox_mail where id = " + left).startsWith("Envoi incertain"));
            assertEquals(1, Sql.count("select count(*) from outbox_mail where id = " + sending
                    + " and status = 'PENDING' and sending_since is not null"));
            assertTrue(Mailbox.received(abandoned).isEmpty(), "an uncertain mail is not sent again");
            assertTrue(Mailbox.received(inFlight).isEmpty(), "a claimed mail is not taken by another sender");
        } finally {
            Sql.update("delete from outbox_mail where id in (" + left + ", " + sending + ")");
        }
    }

    private static long claimedMail(String recipient, OffsetDateTime since) {
        return Sql.count("insert into outbox_mail (recipient, language, template, subject, body, status, attempts,"
                + " next_attempt_at, created_at, sending_since) values ('" + recipient + "', 'fr', 'test', 'Claim',"
                + " 'Body', 'PENDING', 0, " + Sql.now() + ", " + Sql.now() + ", '" + since + "'::timestamptz) returning id");
    }
}

package fr.marelle.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff-search benchmark ({@code mvn -Pbench -Dbench.scenario=search}): the database gets
 * households up to bench.households (20,000), then an agent signed in once searches them over
 * HTTP ({@code GET /api/v1/staff/households?q=}) by household name, child name, e-mail and phone,
 * with and without accents, one request at a time; prints p50/p95/p99 per kind of search, the
 * number of households found, and the plan PostgreSQL chose for the search's filter.
 *
 * <p>Options: bench.households (20000), bench.repeats (200 timed searches per kind, after 20 not
 * timed); bench.url and bench.db.url as for the booking rush.
 */
public final class HouseholdSearch {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:");

    private record Search(String kind, String query, String term) {
    }

    public static void main(String[] args) throws Exception {
        int total = Integer.getInteger("bench.households", 20_000);
        int repeats = Integer.getInteger("bench.repeats", 200);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        try (BenchPortal portal = BenchPortal.open();
             Connection db = DriverManager.getConnection(portal.dbUrl, portal.dbUser, portal.dbPassword)) {
            BenchPortal.awaitDemo(db);
            System.out.printf("Adding households up to %d...%n", total);
            long start = System.nanoTime();
            int added = SearchFixture.households(db, total);
            System.out.printf("%d households added in %.1f s%n", added, (System.nanoTime() - start) / 1e9);
            SearchFixture.Sample sample = SearchFixture.sample(db);
            String authorization = BenchPortal.login(http, portal.url, "agent@example.org")
                    .orElseThrow(() -> new IllegalStateException("agent@example.org could not sign in"));
            String childFirst = sample.childName().split(" ")[0];
            String localPhone = "0" + sample.phoneE164().substring(3).replaceAll("(.)(..)(..)(..)(..)", "$1 $2 $3 $4 $5");
            List<Search> searches = List.of(
                    new Search("household name, accented", "Lefèvre", "Lefèvre"),
                    new Search("household name, no accent, upper case", "LEFEVRE", "LEFEVRE"),
                    new Search("household name, 3 first letters", "gué", "gué"),
                    new Search("child first name, accented", "Bérénice", "Bérénice"),
                    new Search("child first name, no accent", "berenice", "berenice"),
                    new Search("child full name", sample.childName(), sample.childName()),
                    new Search("child full name, lower case, no accent", fold(sample.childName()), fold(sample.childName())),
                    new Search("e-mail", sample.email(), sample.email()),
                    new Search("phone, as typed (06 ...)", localPhone, sample.phoneE164()),
                    new Search("two letters", "le", "le"),
                    new Search("nothing found", "xqzwv", "xqzwv"));
            StringBuilder r = new StringBuilder("\n==================== staff household search ====================\n");
            r.append(String.format("portal              %s%n", portal.url));
            r.append(String.format("households          %d%n", count(db)));
            r.append(String.format("searches            %d timed per kind, one at a time (agent, API token)%n", repeats));
            for (Search search : searches) {
                Latencies times = new Latencies();
                int found = -1;
                for (int i = 0; i < repeats + 20; i++) {
                    long t = System.nanoTime();
                    found = search(http, portal.url, authorization, search.query());
                    if (i >= 20) {
                        times.add(System.nanoTime() - t);
                    }
                }
                r.append(String.format("%-40s q=%-24s found %3d; %s%n", search.kind(), "\"" + search.query() + "\"", found,
                        times.summary()));
                r.append(String.format("%-40s plan: %s%n", "", SearchFixture.plan(db, search.term())));
            }
            r.append("================================================================\n");
            System.out.print(r);
        }
        System.exit(0);
    }

    /** The number of households the search answered (at most 50), or fails on an HTTP error. */
    private static int search(HttpClient http, String baseUrl, String authorization, String q) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/api/v1/staff/households?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(1)).header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("search " + q + ": HTTP " + response.statusCode() + " " + response.body());
        }
        Matcher m = ID.matcher(response.body());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long count(Connection db) throws Exception {
        try (var s = db.createStatement(); var rs = s.executeQuery("select count(*) from household")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
    }
}

package fr.marelle.bench;

import fr.marelle.devserver.DevServer;
import fr.marelle.devserver.EmbeddedDatabase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The portal a benchmark talks to: a fresh one (embedded PostgreSQL and demo town under
 * target/bench) or the running one given by bench.url and bench.db.url; and its demo-password login.
 */
final class BenchPortal implements AutoCloseable {

    static final String PASSWORD = "Marelle-Demo-2026!";

    final String url;
    final String dbUrl;
    final String dbUser = System.getProperty("bench.db.user", EmbeddedDatabase.USER);
    final String dbPassword = System.getProperty("bench.db.password", EmbeddedDatabase.PASSWORD);
    private final DevServer.Running running;

    private BenchPortal(String url, String dbUrl, DevServer.Running running) {
        this.url = url;
        this.dbUrl = dbUrl;
        this.running = running;
    }

    /** Starts or finds the portal; exits with code 2 when that cannot be done safely. */
    static BenchPortal open() throws Exception {
        String url = System.getProperty("bench.url", "").strip();
        String dbUrl = System.getProperty("bench.db.url", "").strip();
        if (url.isEmpty() && System.getenv("MARELLE_DB_URL") != null) {
            // never write thousands of test households into the database the environment points at
            System.err.println("MARELLE_DB_URL is set: unset it, or give -Dbench.url and -Dbench.db.url explicitly.");
            System.exit(2);
        }
        if (!url.isEmpty()) {
            if (dbUrl.isEmpty()) {
                System.err.println("With bench.url, give the portal's database too: -Dbench.db.url=jdbc:postgresql://...");
                System.exit(2);
            }
            return new BenchPortal(url, dbUrl, null);
        }
        // a fresh embedded PostgreSQL and demo town under target/bench, the portal as the run command starts it
        DevServer.Running portal = DevServer.launch(freePort(), Path.of("target/bench/postgres"), false, false);
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
        if (!portal.awaitReady()) {
            System.err.println("The portal did not start: see target/bench/payara.log");
            System.exit(2);
        }
        return new BenchPortal("http://127.0.0.1:" + portal.port(), portal.dbUrl(), portal);
    }

    /** Waits (up to three minutes) for the demo town, which the portal loads once at its first start. */
    static void awaitDemo(Connection db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!RushFixture.demoLoaded(db)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the demo town is not in the database (parent@example.org)");
            }
            Thread.sleep(1000);
        }
    }

    /**
     * Signs in with HTTP Basic once (one password hash) to create an API token for the day, as
     * software would; the answer is the {@code Authorization} value of later calls.
     */
    static Optional<String> login(HttpClient http, String baseUrl, String email) {
        return login(http, baseUrl, email, new java.util.concurrent.atomic.AtomicInteger());
    }

    /**
     * The same, as a well-behaved client during a sign-in storm: a 503 (too many password checks at once)
     * is retried after its Retry-After, up to 30 times; each 503 is counted in {@code busy}.
     */
    static Optional<String> login(HttpClient http, String baseUrl, String email,
                                  java.util.concurrent.atomic.AtomicInteger busy) {
        String role = email.startsWith("agent@") ? "AGENT" : "PARENT";
        try {
            String basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            String body = "{\"name\":\"Benchmark\",\"role\":\"" + role + "\",\"expiresOn\":\""
                    + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")) + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me/tokens"))
                    .timeout(Duration.ofMinutes(2)).header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (int retry = 0; response.statusCode() == 503 && retry < 30; retry++) {
                busy.incrementAndGet();
                Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != 201) {
                return Optional.empty();
            }
            java.util.regex.Matcher secret = java.util.regex.Pattern.compile("\"secret\":\"(mrl_[A-Za-z0-9_-]+)\"")
                    .matcher(response.body());
            return secret.find() ? Optional.of("Bearer " + secret.group(1)) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** One booking request; its outcome as {@link RushChecks#answer} tells it. */
    static String book(HttpClient http, String baseUrl, String authorization, long childId, long sessionId) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/bookings"))
                    .timeout(Duration.ofMinutes(2)).header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"items\":[{\"childId\":" + childId
                            + ",\"sessionId\":" + sessionId + "}]}")).build(), HttpResponse.BodyHandlers.ofString());
            return RushChecks.answer(response.statusCode(), response.body());
        } catch (Exception e) {
            return "HTTP " + e.getClass().getSimpleName();
        }
    }

    /** Runs the tasks on {@code threads} threads and waits for all (an hour at most). */
    static void inParallel(int threads, java.util.List<Runnable> tasks) throws InterruptedException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        tasks.forEach(pool::execute);
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("the run took more than an hour");
        }
    }

    @Override
    public void close() {
        if (running != null) {
            running.close();
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package fr.marelle.bench;


import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The booking-rush benchmark ({@code mvn -Pbench}): N parents log in, then all book the same
 * few sessions, which have fewer places than demand, over HTTP at once. Prints throughput,
 * latency percentiles, the confirmed bookings against the capacity read from the database
 * (exit code 1 on any overbooking) and, when pgbench is on the PATH, PostgreSQL's own TPS on
 * the same server as a yardstick.
 *
 * <p>Options (system properties): bench.parents (2000), bench.threads (32), bench.sessions (3),
 * bench.capacity (50), bench.warmup (1: sessions of their own booked by every parent first, not measured),
 * bench.pgbench.seconds (20, 0 to skip); bench.url to use a running portal
 * instead of starting one, with bench.db.url, bench.db.user, bench.db.password for its database.
 */
public final class BookingRush {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final int threads;

    private BookingRush(String baseUrl, int threads) {
        this.baseUrl = baseUrl;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        int parents = Integer.getInteger("bench.parents", 2000);
        int threads = Integer.getInteger("bench.threads", 32);
        int sessions = Integer.getInteger("bench.sessions", 3);
        int capacity = Integer.getInteger("bench.capacity", 50);
        int pgbenchSeconds = Integer.getInteger("bench.pgbench.seconds", 20);
        int code;
        try (BenchPortal portal = BenchPortal.open();
             Connection db = DriverManager.getConnection(portal.dbUrl, portal.dbUser, portal.dbPassword)) {
            code = new BookingRush(portal.url, threads).run(db, parents, sessions, capacity, portal.dbUrl, portal.dbUser,
                    portal.dbPassword, pgbenchSeconds);
        }
        System.exit(code);
    }

    private int run(Connection db, int n, int sessionCount, int capacity, String dbUrl, String dbUser,
                    String dbPassword, int pgbenchSeconds) throws Exception {
        BenchPortal.awaitDemo(db);
        System.out.printf("Preparing %d parents and %d sessions of %d places...%n", n, sessionCount, capacity);
        List<RushFixture.Parent> parents = RushFixture.parents(db, n);
        List<RushFixture.RushSession> sessions = RushFixture.sessions(db, sessionCount, capacity);

        // 1. every parent signs in once (one PBKDF2 check each) to get an API token for the later calls
        Latencies loginTimes = new Latencies();
        Map<String, String> authorizations = new ConcurrentHashMap<>();
        AtomicInteger loginFailures = new AtomicInteger();
        AtomicInteger loginBusy = new AtomicInteger();
        System.out.printf("Logging in %d parents with %d threads...%n", parents.size(), threads);
        long loginStart = System.nanoTime();
        BenchPortal.inParallel(threads, parents.stream().<Runnable>map(p -> () -> {
            long t = System.nanoTime();
            Optional<String> authorization = BenchPortal.login(http, baseUrl, p.email(), loginBusy);
            loginTimes.add(System.nanoTime() - t);
            authorization.ifPresentOrElse(c -> authorizations.put(p.email(), c), loginFailures::incrementAndGet);
        }).toList());
        double loginSeconds = (System.nanoTime() - loginStart) / 1e9;

        // 2. a warm-up, not measured: the same requests on sessions of their own, so that the rush meets a
        // portal whose booking path is compiled, as it is on a registration morning after days of service
        int warmup = Integer.getInteger("bench.warmup", 1);
        if (warmup > 0) {
            List<RushFixture.RushSession> warmupSessions = RushFixture.sessions(db, warmup, capacity);
            List<Runnable> warming = new ArrayList<>();
            for (RushFixture.Parent p : parents) {
                String authorization = authorizations.get(p.email());
                for (RushFixture.RushSession s : authorization == null ? List.<RushFixture.RushSession>of() : warmupSessions) {
                    warming.add(() -> BenchPortal.book(http, baseUrl, authorization, p.childId(), s.id()));
                }
            }
            Collections.shuffle(warming, new Random(7));
            System.out.printf("Warming up: %d booking requests on %d sessions of their own (not measured)...%n",
                    warming.size(), warmupSessions.size());
            BenchPortal.inParallel(threads, warming);
        }

        // 3. the rush: one booking request per parent and session, all shuffled, as fast as the threads go
        List<Runnable> calls = new ArrayList<>();
        Latencies bookingTimes = new Latencies();
        Map<Long, Map<String, AtomicInteger>> outcomes = new ConcurrentHashMap<>();
        AtomicInteger httpErrors = new AtomicInteger();
        for (RushFixture.Parent p : parents) {
            String authorization = authorizations.get(p.email());
            if (authorization == null) {
                continue;
            }
            for (RushFixture.RushSession s : sessions) {
                calls.add(() -> {
                    long t = System.nanoTime();
                    String result = BenchPortal.book(http, baseUrl, authorization, p.childId(), s.id());
                    bookingTimes.add(System.nanoTime() - t);
                    if (RushChecks.isError(result)) {
                        httpErrors.incrementAndGet();
                    }
                    outcomes.computeIfAbsent(s.id(), k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(result, k -> new AtomicInteger()).incrementAndGet();
                });
            }
        }
        Collections.shuffle(calls, new Random(42));
        boolean statementsCounted = Statements.reset(db);
        System.out.printf("Booking: %d requests with %d threads...%n", calls.size(), threads);
        long rushStart = System.nanoTime();
        BenchPortal.inParallel(threads, calls);
        double rushSeconds = (System.nanoTime() - rushStart) / 1e9;
        double throughput = calls.size() / rushSeconds;

        // 4. the figures
        StringBuilder r = new StringBuilder("\n==================== booking rush ====================\n");
        r.append(String.format("portal              %s%n", baseUrl));
        r.append(String.format("parents             %d (%d threads)%n", parents.size(), threads));
        r.append(String.format("sign-ins            %d in %.1f s (%.1f/s), %d failed, %d answers 503 busy (retried"
                        + " after Retry-After, included in the times); %s%n", loginTimes.count(), loginSeconds,
                loginTimes.count() / loginSeconds, loginFailures.get(), loginBusy.get(), loginTimes.summary()));
        r.append(String.format("booking requests    %d in %.1f s%n", calls.size(), rushSeconds));
        r.append(String.format("throughput          %.1f booking requests/s%n", throughput));
        r.append(String.format("booking latency     %s%n", bookingTimes.summary()));
        r.append(String.format("HTTP errors         %d%n", httpErrors.get()));
        if (statementsCounted) {
            r.append(Statements.perRequest(db, calls.size()));
        }
        boolean overbooked = false;
        List<String> wrong = new ArrayList<>();
        for (RushFixture.RushSession s : sessions) {
            RushFixture.Counts c = RushFixture.counts(db, s.id());
            overbooked |= c.confirmedRows() > c.capacity() || c.confirmedRows() != c.counterConfirmed();
            Map<String, AtomicInteger> answered = outcomes.getOrDefault(s.id(), Map.of());
            wrong.addAll(RushChecks.session(s, c, answered, authorizations.size()));
            r.append(String.format("session %-6d       confirmed %d / capacity %d (counter %d), waiting %d (counter %d),"
                            + " confirmed without mail %d; answers: %s; %s%n", s.id(), c.confirmedRows(), c.capacity(),
                    c.counterConfirmed(), c.waitingRows(), c.counterWaiting(), c.confirmedWithoutMail(),
                    new java.util.TreeMap<>(answered), s.waitingList() ? "waiting list on" : "waiting list off"));
        }
        r.append(String.format("overbooking         %s%n", overbooked ? "YES: confirmed bookings exceed the capacity or the counter"
                : "none"));
        r.append(String.format("checks              %s%n", wrong.isEmpty()
                ? "exactly the capacity confirmed, waiting lists exact, every confirmed booking's mail queued"
                : "FAILED: " + String.join("; ", wrong)));
        System.out.print(r);

        Optional<Path> pgbench = Pgbench.onPath();
        if (pgbenchSeconds <= 0) {
            System.out.println("pgbench             skipped (bench.pgbench.seconds=0)");
        } else if (pgbench.isEmpty()) {
            System.out.println("pgbench             not on the PATH (Debian: apt-get install postgresql-client): skipped");
        } else {
            System.out.printf("Running pgbench (TPC-B-like, scale 10, 16 clients, %d s) on the same PostgreSQL...%n",
                    pgbenchSeconds);
            Optional<Double> tps = Pgbench.tps(pgbench.get(), dbUrl, dbUser, dbPassword, pgbenchSeconds, 16);
            tps.ifPresentOrElse(t -> System.out.printf("pgbench             %.1f TPS; booking throughput / pgbench TPS = %.3f%n",
                    t, throughput / t), () -> System.out.println("pgbench             failed (see above)"));
        }
        System.out.println("======================================================");
        return overbooked || !wrong.isEmpty() ? 1 : 0;
    }
}

package fr.marelle.bench;

import fr.marelle.devserver.Cluster;
import jakarta.mail.internet.MimeMessage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code mvn -Pbench -Dbench.scenario=failover}: the booking rush through HAProxy in front of two nodes
 * ({@link Cluster}, ports 18110-18119), one node killed with SIGKILL when half the requests are answered.
 * A request cut by the kill (HTTP 502/503/504 or a broken connection) is retried by the client, as a
 * browser's user would; "already booked" then means the first try committed. Checks, exit code 1 on any
 * failure: every CONFIRMED or WAITING answer is in the database, no overbooking, every final answer a
 * success, API clients still signed in after the kill (tokens live in PostgreSQL; page sessions stick to
 * their node and those of the killed node sign in again), and every mail sent exactly once (the SMTP
 * server's messages counted by their X-Marelle-Mail-Id).
 */
public final class FailoverRush {

    private static final int MAX_TRIES = 20;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String url;
    private final int threads;

    private FailoverRush(String url, int threads) {
        this.url = url;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        int parents = Integer.getInteger("bench.parents", 2000);
        int threads = Integer.getInteger("bench.threads", 32);
        int sessions = Integer.getInteger("bench.sessions", 3);
        int capacity = Integer.getInteger("bench.capacity", 50);
        int base = Integer.getInteger("bench.cluster.port", 18110);
        int code;
        try (Cluster cluster = Cluster.start(base, 2, Path.of("target/bench-cluster"), false);
             Connection db = DriverManager.getConnection(cluster.dbUrl(), "postgres", "postgres")) {
            code = new FailoverRush(cluster.url(), threads).run(cluster, db, parents, sessions, capacity);
        }
        System.exit(code);
    }

    private int run(Cluster cluster, Connection db, int n, int sessionCount, int capacity) throws Exception {
        BenchPortal.awaitDemo(db);
        List<RushFixture.Parent> parents = RushFixture.parents(db, n);
        List<RushFixture.RushSession> sessions = RushFixture.sessions(db, sessionCount, capacity);
        Map<String, String> authorizations = new ConcurrentHashMap<>();
        AtomicInteger busy = new AtomicInteger();
        long loginStart = System.nanoTime();
        BenchPortal.inParallel(threads, parents.stream().<Runnable>map(p -> () -> BenchPortal.login(http, url, p.email(), busy)
                .ifPresent(a -> authorizations.put(p.email(), a))).toList());
        double loginSeconds = (System.nanoTime() - loginStart) / 1e9;

        // a few parents on the pages too: sticky to the node that signed them in (HAProxy's cookie)
        List<PageSession> pages = new ArrayList<>();
        int pagesSignedIn = 0;
        for (RushFixture.Parent p : parents.subList(0, Math.min(5, parents.size()))) {
            PageSession page = new PageSession(url);
            pagesSignedIn += page.signIn(p.email(), BenchPortal.PASSWORD) ? 1 : 0;
            pages.add(page);
        }

        record Call(RushFixture.Parent parent, RushFixture.RushSession session) {
        }
        List<Call> calls = new ArrayList<>();
        for (RushFixture.Parent p : parents) {
            for (RushFixture.RushSession s : sessions) {
                if (authorizations.containsKey(p.email())) {
                    calls.add(new Call(p, s));
                }
            }
        }
        Collections.shuffle(calls, new Random(42));
        Map<Call, String> answers = new ConcurrentHashMap<>();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        Latencies latencies = new Latencies();
        Cluster.Node victim = cluster.nodes().get(0);
        long rushStart = System.nanoTime();
        BenchPortal.inParallel(threads, calls.stream().<Runnable>map(c -> () -> {
            long t = System.nanoTime();
            String answer = "HTTP none";
            for (int tries = 0; tries < MAX_TRIES; tries++) {
                answer = BenchPortal.book(http, url, authorizations.get(c.parent().email()), c.parent().childId(), c.session().id());
                if (!RushChecks.isError(answer)) {
                    break;
                }
                retried.incrementAndGet();
                sleep(500);
            }
            latencies.add(System.nanoTime() - t);
            answers.put(c, answer);
            if (done.incrementAndGet() == calls.size() / 2 && killed.compareAndSet(false, true)) {
                try {
                    System.out.println("Half the requests answered: SIGKILL to " + victim.name());
                    cluster.kill(victim);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).toList());
        double rushSeconds = (System.nanoTime() - rushStart) / 1e9;

        // still signed in after the kill: every token answers on the node left
        int signedOut = 0;
        for (String authorization : authorizations.values().stream().limit(50).toList()) {
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/me"))
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
            signedOut += me.statusCode() == 200 ? 0 : 1;
        }

        int pagesKept = 0;
        for (PageSession page : pages) {
            pagesKept += page.signedIn() ? 1 : 0;
        }

        List<String> wrong = new ArrayList<>();
        // pages stick to their node: those on the killed node are asked to sign in again (a redirect to the
        // login page, never an error), the others go on
        if (pagesSignedIn < pages.size()) {
            wrong.add((pages.size() - pagesSignedIn) + " of " + pages.size() + " parents could not sign in on the pages"
                    + " through the balancer");
        }
        Map<String, Integer> counted = new TreeMap<>();
        answers.values().forEach(a -> counted.merge(a, 1, Integer::sum));
        answers.forEach((c, a) -> {
            if (RushChecks.isError(a)) {
                wrong.add("no answer but " + a + " for child " + c.parent().childId() + " on session " + c.session().id());
            }
        });
        Map<String, String> inDatabase = bookings(db, sessions);
        answers.forEach((c, a) -> {
            String row = inDatabase.get(c.parent().childId() + "/" + c.session().id());
            if (a.equals("CONFIRMED") && !"CONFIRMED".equals(row) || a.equals("WAITING") && row == null
                    || a.equals("ALREADY_BOOKED") && row == null) {
                wrong.add("LOST: child " + c.parent().childId() + " answered " + a + " on session " + c.session().id()
                        + ", database says " + row);
            }
        });
        StringBuilder r = new StringBuilder("\n==================== fail-over rush ====================\n");
        r.append(String.format("balancer            %s, %s killed when half the requests were answered%n", url, victim.name()));
        r.append(String.format("sign-ins            %d in %.1f s (%.1f/s), %d answers 503 busy (retried)%n",
                authorizations.size(), loginSeconds, authorizations.size() / loginSeconds, busy.get()));
        r.append(String.format("booking requests    %d in %.1f s (%.1f/s), %d tries repeated after 502/503/504 or a cut connection%n",
                calls.size(), rushSeconds, calls.size() / rushSeconds, retried.get()));
        r.append(String.format("booking latency     %s (retries included)%n", latencies.summary()));
        r.append(String.format("final answers       %s%n", counted));
        for (RushFixture.RushSession s : sessions) {
            RushFixture.Counts c = RushFixture.counts(db, s.id());
            if (c.confirmedRows() > c.capacity() || c.confirmedRows() != c.counterConfirmed()
                    || c.waitingRows() != c.counterWaiting()) {
                wrong.add(String.format("session %d: %d confirmed (counter %d) for %d places, %d waiting (counter %d)",
                        s.id(), c.confirmedRows(), c.counterConfirmed(), c.capacity(), c.waitingRows(), c.counterWaiting()));
            }
            if (c.confirmedWithoutMail() > 0) {
                wrong.add(String.format("session %d: %d confirmed bookings without their mail", s.id(), c.confirmedWithoutMail()));
            }
            r.append(String.format("session %-6d       confirmed %d / capacity %d (counter %d), waiting %d (counter %d)%n",
                    s.id(), c.confirmedRows(), c.capacity(), c.counterConfirmed(), c.waitingRows(), c.counterWaiting()));
        }
        r.append(String.format("still signed in     API: %s; pages: %d of %d signed in through the balancer, %d still"
                        + " signed in after the kill (the others, on the killed node, are asked to sign in again)%n", signedOut == 0 ? "yes (50 tokens checked on the node left)"
                        : "NO: " + signedOut + " of 50 tokens refused", pagesSignedIn, pages.size(), pagesKept));
        if (signedOut > 0) {
            wrong.add(signedOut + " parents signed out by the fail-over");
        }
        wrong.addAll(mailsExactlyOnce(cluster, db, r));
        r.append(String.format("result              %s%n", wrong.isEmpty() ? "PASSED" : "FAILED (" + wrong.size() + ")"));
        wrong.stream().limit(20).forEach(w -> r.append("  - ").append(w).append('\n'));
        r.append("========================================================\n");
        System.out.print(r);
        return wrong.isEmpty() ? 0 : 1;
    }

    /**
     * Waits for the outbox to be sent (four minutes at most: the killed node's claims are released after their
     * two-minute lease), then counts the messages received per mail id. A mail the killed node was handing to the
     * SMTP server is listed as uncertain and not sent again: it may have arrived once, never twice.
     */
    private static List<String> mailsExactlyOnce(Cluster cluster, Connection db, StringBuilder r) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        int pending;
        while ((pending = count(db, "select count(*) from outbox_mail where status = 'PENDING'")) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage m : cluster.mail().getReceivedMessages()) {
            String[] id = m.getHeader("X-Marelle-Mail-Id");
            if (id != null) {
                received.merge(id[0], 1, Integer::sum);
            }
        }
        int sent = count(db, "select count(*) from outbox_mail where status = 'SENT'");
        long twice = received.values().stream().filter(v -> v > 1).count();
        int missing = 0;
        try (PreparedStatement s = db.prepareStatement("select id from outbox_mail where status = 'SENT'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                missing += received.containsKey(String.valueOf(rs.getLong(1))) ? 0 : 1;
            }
        }
        int uncertain = 0;
        int uncertainReceived = 0;
        try (PreparedStatement s = db.prepareStatement("select id from outbox_mail where status = 'FAILED'"
                + " and last_error like 'Envoi incertain%'"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                uncertain++;
                uncertainReceived += received.containsKey(String.valueOf(rs.getLong(1))) ? 1 : 0;
            }
        }
        int failed = count(db, "select count(*) from outbox_mail where status = 'FAILED'") - uncertain;
        r.append(String.format("mails               %d sent by the outbox, %d pending, %d received more than once, %d marked sent"
                + " but not received, %d uncertain (the killed node was sending them: listed for staff, not sent again;"
                + " %d of them did arrive), %d failed otherwise%n", sent, pending, twice, missing, uncertain,
                uncertainReceived, failed));
        List<String> wrong = new ArrayList<>();
        if (pending > 0 || twice > 0 || missing > 0 || failed > 0) {
            wrong.add(String.format("mails: %d pending, %d received more than once, %d missing, %d failed", pending, twice,
                    missing, failed));
        }
        return wrong;
    }

    private static int count(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Live bookings of the rush sessions: "child/session" to status. */
    private static Map<String, String> bookings(Connection db, List<RushFixture.RushSession> sessions) throws Exception {
        Map<String, String> rows = new HashMap<>();
        for (RushFixture.RushSession s : sessions) {
            try (PreparedStatement q = db.prepareStatement("select child_id, status from booking where session_id = ?"
                    + " and status <> 'CANCELLED'")) {
                q.setLong(1, s.id());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1) + "/" + s.id(), rs.getString(2));
                    }
                }
            }
        }
        return rows;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

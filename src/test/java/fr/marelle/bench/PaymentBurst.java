package fr.marelle.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The online payment benchmark ({@code mvn -Pbench -Dbench.scenario=payments}): bench.payers demo
 * families (famille1…, at most 400; default 300) each get one invoice of a régie of their own, then
 * all start their payment at once over HTTP (the portal creates each operation at the PayFiP
 * simulator, over SOAP, before answering), then all pay on the simulator's page at once with the
 * notification dropped, so that each family's return (its status request) triggers the check;
 * {@code -Dbench.notification=NOW} lets the simulator's notifications do it instead. Prints the
 * latencies of starting a payment, of the payer's choice and of the return, how long until every
 * attempt is settled by the server-side checks, and whether each attempt gave exactly one payment
 * of the exact amount.
 *
 * <p>Options: bench.payers (300), bench.threads (32), bench.notification (DROPPED); bench.url and bench.db.url as for the
 * booking rush (a portal in demo mode, whose PayFiP simulator is on).
 */
public final class PaymentBurst {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern IDOP = Pattern.compile("idop=([^\"&]+)");

    public static void main(String[] args) throws Exception {
        int payers = Math.min(400, Integer.getInteger("bench.payers", 300));
        int threads = Integer.getInteger("bench.threads", 32);
        // NOW: the simulator notifies (one notification after the other, as its job sends them);
        // DROPPED: every family's browser comes back at once and its return triggers the check
        String notification = System.getProperty("bench.notification", "DROPPED").strip();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        try (BenchPortal portal = BenchPortal.open();
             Connection db = DriverManager.getConnection(portal.dbUrl, portal.dbUser, portal.dbPassword)) {
            BenchPortal.awaitDemo(db);
            List<long[]> invoices = invoices(db, payers);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                System.out.printf("Signing in %d parents...%n", payers);
                Map<Integer, String> authorizations = new ConcurrentHashMap<>();
                run(pool, payers, i -> authorizations.put(i, BenchPortal.login(http, portal.url, "famille" + (i + 1) + "@example.net")
                        .orElseThrow(() -> new IllegalStateException("famille" + (i + 1) + " could not sign in"))));

                System.out.printf("%d payments started at once...%n", payers);
                Latencies starting = new Latencies();
                Map<Integer, String> operations = new ConcurrentHashMap<>();
                Map<Integer, Long> attempts = new ConcurrentHashMap<>();
                AtomicInteger errors = new AtomicInteger();
                long t0 = System.nanoTime();
                run(pool, payers, i -> {
                    long t = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(portal.url + "/api/v1/payments"))
                            .timeout(Duration.ofMinutes(2)).header("Authorization", authorizations.get(i))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"invoiceIds\":[" + invoices.get(i)[1] + "]}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    starting.add(System.nanoTime() - t);
                    Matcher id = ID.matcher(r.body());
                    Matcher op = IDOP.matcher(r.body());
                    if (r.statusCode() != 201 || !id.find() || !op.find()) {
                        errors.incrementAndGet();
                        return;
                    }
                    attempts.put(i, Long.parseLong(id.group(1)));
                    operations.put(i, op.group(1));
                });
                double startSeconds = (System.nanoTime() - t0) / 1e9;

                System.out.printf("%d payers pay on the simulator's page at once...%n", operations.size());
                Latencies choosing = new Latencies();
                long t1 = System.nanoTime();
                run(pool, payers, i -> {
                    String idop = operations.get(i);
                    if (idop == null) {
                        return;
                    }
                    long t = System.nanoTime();
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(portal.url
                                    + "/simulateur-payfip/tpa/paiementws.web")).timeout(Duration.ofMinutes(2))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("idop=" + URLEncoder.encode(idop, StandardCharsets.UTF_8)
                                    + "&resultat=CARD&notification=" + notification + "&delai=0&sansresultat=0")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    choosing.add(System.nanoTime() - t);
                    if (r.statusCode() != 303) {
                        errors.incrementAndGet();
                    }
                });
                Latencies returning = new Latencies();
                if ("DROPPED".equals(notification)) {
                    run(pool, payers, i -> {
                        Long attempt = attempts.get(i);
                        if (attempt == null) {
                            return;
                        }
                        long t = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(portal.url + "/api/v1/payments/" + attempt))
                                .timeout(Duration.ofMinutes(2)).header("Authorization", authorizations.get(i)).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        returning.add(System.nanoTime() - t);
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    });
                }
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
                long paid;
                while ((paid = count(db, "select count(*) from payment_attempt where status = 'PAID' and regie_code = 'BENCH_PAY'"))
                        < operations.size() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                double settleSeconds = (System.nanoTime() - t1) / 1e9;

                long payments = count(db, "select count(*) from payment p join payment_attempt a on a.id = p.attempt_id"
                        + " where a.regie_code = 'BENCH_PAY'");
                long wrongAmounts = count(db, "select count(*) from payment p join payment_attempt a on a.id = p.attempt_id"
                        + " where a.regie_code = 'BENCH_PAY' and p.amount_cents <> a.amount_cents");
                long unpaidInvoices = count(db, "select count(*) from invoice i where i.regie_code = 'BENCH_PAY' and i.total_cents"
                        + " > coalesce((select sum(a.amount_cents) from payment_allocation a where a.invoice_id = i.id), 0)");
                long doubled = count(db, "select count(*) from (select attempt_id from payment where attempt_id is not null"
                        + " group by attempt_id having count(*) > 1) d");
                StringBuilder r = new StringBuilder("\n==================== online payment burst ====================\n");
                r.append(String.format("portal              %s (PayFiP simulator on the same server)%n", portal.url));
                r.append(String.format("payers              %d, %d client threads%n", payers, threads));
                r.append(String.format("start payment       %d in %.1f s = %.1f/s; %s%n", starting.count(), startSeconds,
                        starting.count() / startSeconds, starting.summary()));
                r.append(String.format("payer's choice      %s (notification %s)%n", choosing.summary(), notification));
                if (returning.count() > 0) {
                    r.append(String.format("return and check    %s (each asks the simulator over SOAP, then records)%n",
                            returning.summary()));
                }
                r.append(String.format("all settled         %d of %d paid %.1f s after the first choice (%.1f/s)%n", paid,
                        operations.size(), settleSeconds, paid / settleSeconds));
                r.append(String.format("exactly once        %d payments for %d paid attempts, %d attempts with two payments,"
                        + " %d wrong amounts, %d invoices left unpaid%n", payments, paid, doubled, wrongAmounts, unpaidInvoices));
                r.append(String.format("HTTP errors         %d%n", errors.get()));
                r.append("==============================================================\n");
                System.out.print(r);
            } finally {
                pool.shutdownNow();
            }
        }
        System.exit(0);
    }

    private interface Task {
        void run(int i) throws Exception;
    }

    private static void run(ExecutorService pool, int n, Task task) throws Exception {
        List<Callable<Void>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            calls.add(() -> {
                task.run(index);
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(calls)) {
            f.get();
        }
    }

    /** One unpaid invoice per payer on the régie BENCH_PAY (with its PayFiP client number); household id and invoice id. */
    private static List<long[]> invoices(Connection db, int payers) throws SQLException {
        update(db, "insert into regie (code, name, payfip_client) values ('BENCH_PAY', 'Régie du banc d’essai', '000990')"
                + " on conflict (code) do nothing");
        long run = one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices, total_cents)"
                + " values ('BENCH_PAY', date_trunc('month', current_date - interval '1 month'), 'VALIDATED', now(), now(), 0, 0)"
                + " returning id");
        List<long[]> invoices = new ArrayList<>();
        for (int i = 1; i <= payers; i++) {
            long household = one(db, "select h.id from household h join account a on a.id = h.billing_account_id"
                    + " where a.email = 'famille" + i + "@example.net'");
            long invoice = one(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name,"
                    + " issued_on, due_on, total_cents, published_at) values ('BENCH-" + run + "-" + i + "', " + run
                    + ", 'BENCH_PAY', date_trunc('month', current_date - interval '1 month'), " + household + ", 'Famille "
                    + i + "', current_date, current_date + 30, " + (1000 + i) + ", now()) returning id");
            invoices.add(new long[]{household, invoice});
        }
        return invoices;
    }

    private static long count(Connection db, String sql) throws SQLException {
        return one(db, sql);
    }

    private static long one(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}

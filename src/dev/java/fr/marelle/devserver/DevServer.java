package fr.marelle.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.marelle.franceconnect.control.FranceConnectDemoData;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The run command ({@code mvn -Prun}): starts the portal the way production does
 * ({@code java -jar payara-micro.jar --deploy marelle.war}) in a child process.
 * Without MARELLE_DB_URL it first starts an embedded PostgreSQL with its data in ./var and a
 * local SMTP server and a local FranceConnect (unless MARELLE_FRANCECONNECT_ISSUER is set), and turns
 * demo mode on. Ctrl-C stops everything.
 */
public final class DevServer {

    /**
     * Payara's HTTP threads for 2 cores (Payara's default is 200): twice the data source's pool, so that
     * sign-ins waiting for a password check (at most 2 + 16, see PasswordCheckGate) leave threads to bookings.
     */
    public static final int HTTP_THREADS = 32;

    private DevServer() {
    }

    /** A portal started by {@link #launch}: the Payara Micro process and what was started for it. */
    public record Running(Process process, List<AutoCloseable> started, String dbUrl, boolean demo, int port)
            implements AutoCloseable {

        /** Waits (up to five minutes) until the application itself answers /health/ready. */
        public boolean awaitReady() throws InterruptedException {
            return waitUntilReady(port, process, Duration.ofMinutes(5));
        }

        @Override
        public void close() {
            stop(process, started);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(env.getOrDefault("MARELLE_PORT", "8080"));
        String today = today();
        // the demo town is loaded once, as of its first day: a run as of another day keeps its own data
        Path data = today == null ? Path.of("var/postgres") : Path.of("var/postgres-" + today.replace(':', '-'));
        Running running = launch(port, data, true, true);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close));

        if (running.awaitReady()) {
            banner(port, running.demo(), running.dbUrl(), today);
        } else if (running.process().isAlive()) {
            System.err.println("The portal did not become ready: see the log above.");
        }
        int code = running.process().waitFor();
        System.exit(code);
    }

    /**
     * Starts marelle.war on Payara Micro as a child process. Without MARELLE_DB_URL, first an
     * embedded PostgreSQL with its data in {@code dataDirectory} (kept across runs if {@code keepData})
     * and a local SMTP server, in demo mode. Also used by the booking-rush benchmark.
     */
    public static Running launch(int port, Path dataDirectory, boolean keepData, boolean inheritIO) throws Exception {
        Map<String, String> env = System.getenv();
        Path war = Path.of("target/marelle.war");
        Path micro = Path.of("target/payara-micro.jar");
        if (!Files.exists(war) || !Files.exists(micro)) {
            fail("target/marelle.war or target/payara-micro.jar is missing: run 'mvn -Prun' from the project folder.");
        }
        assertPortFree(port);

        List<AutoCloseable> started = new ArrayList<>();
        ProcessBuilder payara = new ProcessBuilder(javaCommand(), "-Xmx1g",
                "-jar", micro.toString(), "--deploy", war.toString(),
                "--port", String.valueOf(port), "--nocluster", "--maxHttpThreads", String.valueOf(HTTP_THREADS),
                "--disablephonehome");
        if (inheritIO) {
            payara.inheritIO();
        } else {
            Files.createDirectories(dataDirectory.toAbsolutePath().getParent());
            Path log = dataDirectory.toAbsolutePath().resolveSibling("payara.log");
            payara.redirectErrorStream(true).redirectOutput(log.toFile());
            System.out.println("Payara Micro log: " + log);
        }
        Map<String, String> childEnv = payara.environment();
        boolean demo = env.get("MARELLE_DB_URL") == null;
        String dbUrl = env.get("MARELLE_DB_URL");
        if (demo) {
            System.out.println("Starting the embedded PostgreSQL (data in " + dataDirectory + ")...");
            int dbPort = Integer.parseInt(env.getOrDefault("MARELLE_EMBEDDED_DB_PORT", "0"));
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory.toAbsolutePath(), dbPort, keepData);
            started.add(database);
            dbUrl = database.jdbcUrl();
            childEnv.put("MARELLE_DB_URL", dbUrl);
            childEnv.put("MARELLE_DB_USER", EmbeddedDatabase.USER);
            childEnv.put("MARELLE_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
            childEnv.put("MARELLE_DEMO", "true");
            if (env.get("MARELLE_SMTP_HOST") == null) {
                int smtpPort = freePort();
                GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                mail.start();
                started.add(mail::stop);
                childEnv.put("MARELLE_SMTP_HOST", "127.0.0.1");
                childEnv.put("MARELLE_SMTP_PORT", String.valueOf(smtpPort));
            }
        }
        childEnv.putIfAbsent("MARELLE_BASE_URL", "http://localhost:" + port);
        if (demo && env.get("MARELLE_FRANCECONNECT_ISSUER") == null) {
            // a local FranceConnect with the demo identities, as the local SMTP server: demo mode only
            childEnv.putAll(FranceConnectTestProvider.startForDemo());
            started.add(FranceConnectTestProvider::stop);
        }
        if (today() != null) {
            childEnv.put("MARELLE_TODAY", today());
        }

        System.out.println("Starting Payara Micro with marelle.war on port " + port + "...");
        return new Running(payara.start(), started, dbUrl, demo, port);
    }

    static boolean waitUntilReady(int port, Process process, Duration wait) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                // Payara answers UP with no checks when the application failed to deploy: require ours
                if (response.statusCode() == 200 && response.body().contains("marelle-database")) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** The day the portal runs as of: -Dmarelle.today (given to Maven) or MARELLE_TODAY; null for the real date. */
    static String today() {
        String today = System.getProperty("marelle.today", System.getenv("MARELLE_TODAY"));
        return today == null || today.isBlank() ? null : today.strip();
    }

    private static void banner(int port, boolean demo, String dbUrl, String today) {
        String line = "=".repeat(72);
        StringBuilder b = new StringBuilder("\n").append(line).append('\n');
        b.append("  Marelle is ready: http://localhost:").append(port).append("/\n");
        b.append("  Database: ").append(dbUrl).append('\n');
        if (today != null) {
            b.append("  Running as of ").append(today).append(" (MARELLE_TODAY), not the real date.\n");
        }
        if (demo) {
            b.append("  Demo mode. Logins (password Marelle-Demo-2026!):\n");
            b.append("    parent@example.org   parent with a household\n");
            b.append("    agent@example.org    planning staff\n");
            b.append("    finance@example.org  finance staff\n");
            b.append("    admin@example.org    administrator (sent mails: /admin/outbox.xhtml)\n");
            if (FranceConnectTestProvider.running()) {
                b.append("  FranceConnect (local demo provider ").append(FranceConnectTestProvider.issuer()).append("):\n");
                b.append("    press \"S'identifier avec FranceConnect\" on /login.xhtml, then pick a person:\n");
                for (FranceConnectDemoData.DemoIdentity person : FranceConnectDemoData.IDENTITIES) {
                    b.append("    ").append(String.format("%-24s", person.pivot().givenNames() + " " + person.pivot().familyName()))
                            .append(person.guardian() == null ? "unknown to the portal: create an account (prefilled)"
                                    : person.verified() ? person.guardian() + ": verified identity, linked at once"
                                    : person.guardian() + ": sign in once with the password to link").append('\n');
                }
            }
        }
        b.append("  Stop with Ctrl-C.\n").append(line).append('\n');
        System.out.println(b);
    }

    private static void stop(Process process, List<AutoCloseable> started) {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void assertPortFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            // free
        } catch (IOException e) {
            fail("port " + port + " is already in use: stop what runs there or set MARELLE_PORT.");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void fail(String message) {
        System.err.println("Marelle cannot start: " + message);
        System.exit(2);
    }
}

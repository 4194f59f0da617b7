package fr.marelle.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

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
 * local SMTP server, and turns demo mode on. Ctrl-C stops everything.
 */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(env.getOrDefault("MARELLE_PORT", "8080"));
        Path war = Path.of("target/marelle.war");
        Path micro = Path.of("target/payara-micro.jar");
        if (!Files.exists(war) || !Files.exists(micro)) {
            fail("target/marelle.war or target/payara-micro.jar is missing: run 'mvn -Prun' from the project folder.");
        }
        assertPortFree(port);

        List<AutoCloseable> started = new ArrayList<>();
        ProcessBuilder payara = new ProcessBuilder(javaCommand(), "-Xmx1g",
                "-jar", micro.toString(), "--deploy", war.toString(),
                "--port", String.valueOf(port), "--nocluster", "--disablephonehome")
                .inheritIO();
        Map<String, String> childEnv = payara.environment();
        boolean demo = env.get("MARELLE_DB_URL") == null;
        String dbUrl = env.get("MARELLE_DB_URL");
        if (demo) {
            System.out.println("Starting the embedded PostgreSQL (data in ./var/postgres)...");
            int dbPort = Integer.parseInt(env.getOrDefault("MARELLE_EMBEDDED_DB_PORT", "0"));
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of("var/postgres").toAbsolutePath(), dbPort, true);
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

        System.out.println("Starting Payara Micro with marelle.war on port " + port + "...");
        Process process = payara.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, started)));

        if (waitUntilReady(port, process)) {
            banner(port, demo, dbUrl);
        } else if (process.isAlive()) {
            System.err.println("The portal did not become ready: see the log above.");
        }
        int code = process.waitFor();
        System.exit(code);
    }

    private static boolean waitUntilReady(int port, Process process) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
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

    private static void banner(int port, boolean demo, String dbUrl) {
        String line = "=".repeat(72);
        StringBuilder b = new StringBuilder("\n").append(line).append('\n');
        b.append("  Marelle is ready: http://localhost:").append(port).append("/\n");
        b.append("  Database: ").append(dbUrl).append('\n');
        if (demo) {
            b.append("  Demo mode. Logins (password Marelle-Demo-2026!):\n");
            b.append("    parent@example.org   parent with a household\n");
            b.append("    agent@example.org    planning staff\n");
            b.append("    finance@example.org  finance staff\n");
            b.append("    admin@example.org    administrator (sent mails: /admin/outbox.xhtml)\n");
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

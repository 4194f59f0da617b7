package fr.marelle.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own speed on the same machine and server, as a yardstick: pgbench's TPC-B-like
 * run on a scratch database, when pgbench is on the PATH (Debian: postgresql-client-NN).
 */
final class Pgbench {

    private static final String SCRATCH = "bench_pgbench";

    private Pgbench() {
    }

    static Optional<Path> onPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "pgbench");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Transactions per second of a {@code seconds}-long run with {@code clients} clients, or empty if it failed. */
    static Optional<Double> tps(Path pgbench, String jdbcUrl, String user, String password, int seconds, int clients)
            throws Exception {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + SCRATCH);
            s.execute("create database " + SCRATCH);
        }
        List<String> connection = List.of("-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", user);
        run(pgbench, connection, List.of("-i", "-q", "-s", "10", SCRATCH), password, 300);
        String out = run(pgbench, connection, List.of("-T", String.valueOf(seconds), "-c", String.valueOf(clients),
                "-j", "2", "-n", SCRATCH), password, seconds + 120L);
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        Double tps = m.find() ? Double.valueOf(m.group(1)) : null;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + SCRATCH);
        }
        if (tps == null) {
            System.out.println("pgbench said:\n" + out);
        }
        return Optional.ofNullable(tps);
    }

    private static String run(Path pgbench, List<String> connection, List<String> args, String password, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(pgbench.toString());
        command.addAll(connection);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}

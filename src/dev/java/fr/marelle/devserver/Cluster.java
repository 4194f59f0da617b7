package fr.marelle.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Several portal nodes on one machine, as production would run them on several: one PostgreSQL (embedded
 * here), Payara Micro nodes forming one Hazelcast data grid (web sessions replicated) on 127.0.0.1 only,
 * with an explicit member list, and HAProxy in front. Used by {@code mvn -Pcluster} ({@link ClusterServer})
 * and by the fail-over benchmark. Ports, from {@code base} (18110 by default):
 * base = HAProxy, base+1… = the nodes' HTTP, base+5… = their grid (Hazelcast), base+8 = PostgreSQL,
 * base+9 = SMTP (GreenMail).
 */
public final class Cluster implements AutoCloseable {

    /** One Payara Micro node. */
    public record Node(String name, int httpPort, int gridPort, Process process) {
    }

    private final int base;
    private final Path folder;
    private final List<Node> nodes = new ArrayList<>();
    private final List<AutoCloseable> started = new ArrayList<>();
    private Process haproxy;
    private EmbeddedDatabase database;
    private GreenMail mail;

    private Cluster(int base, Path folder) {
        this.base = base;
        this.folder = folder.toAbsolutePath();
    }

    /** Starts PostgreSQL, the SMTP server, {@code count} nodes at once and HAProxy; waits until every node is ready. */
    public static Cluster start(int base, int count, Path folder, boolean keepData) throws Exception {
        if (count < 1 || count > 3) {
            throw new IllegalArgumentException("1 to 3 nodes on one machine (ports base+1..base+3)");
        }
        Cluster cluster = new Cluster(base, folder);
        try {
            cluster.startAll(count, keepData);
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void startAll(int count, boolean keepData) throws Exception {
        Files.createDirectories(folder);
        Path war = Path.of("target/marelle.war");
        Path micro = Path.of("target/payara-micro.jar");
        if (!Files.exists(war) || !Files.exists(micro)) {
            throw new IllegalStateException("target/marelle.war or target/payara-micro.jar is missing: build first (mvn -Pcluster does)");
        }
        System.out.println("Starting the embedded PostgreSQL on port " + (base + 8) + " (data in " + folder.resolve("postgres") + ")...");
        database = EmbeddedDatabase.start(folder.resolve("postgres"), base + 8, keepData);
        started.add(database);
        mail = new GreenMail(new ServerSetup(base + 9, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        started.add(mail::stop);
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            members.append(i > 1 ? "," : "").append("127.0.0.1:").append(base + 4 + i);
        }
        // all nodes at once, as after a power cut: migrations and the demo town take turns (advisory lock)
        for (int i = 1; i <= count; i++) {
            startNode(i, members.toString(), war, micro);
        }
        for (Node node : nodes) {
            if (!awaitReady(node)) {
                throw new IllegalStateException(node.name() + " did not start: see " + log(node.name()));
            }
            System.out.println(node.name() + " ready on http://127.0.0.1:" + node.httpPort());
        }
        startHaproxy();
    }

    /** Starts node {@code i} (1-based) again, e.g. after it was killed; it joins the grid by the member list. */
    public Node startNode(int i, String members, Path war, Path micro) throws IOException {
        String name = "node" + i;
        int http = base + i;
        int grid = base + 4 + i;
        // the nodes' HTTP ports on the loopback only: families reach them through the balancer
        Path preboot = folder.resolve("preboot-" + name + ".asadmin");
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n");
        ProcessBuilder payara = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", micro.toString(), "--deploy", war.toString(),
                "--port", String.valueOf(http), "--name", name, "--clustername", "marelle-" + base,
                "--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1", "--startport", String.valueOf(grid),
                "--maxHttpThreads", String.valueOf(DevServer.HTTP_THREADS), "--prebootcommandfile", preboot.toString(),
                "--disablephonehome");
        payara.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile()));
        var env = payara.environment();
        env.put("MARELLE_DB_URL", database.jdbcUrl());
        env.put("MARELLE_DB_USER", EmbeddedDatabase.USER);
        env.put("MARELLE_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        env.put("MARELLE_DEMO", "true");
        env.put("MARELLE_SMTP_HOST", "127.0.0.1");
        env.put("MARELLE_SMTP_PORT", String.valueOf(base + 9));
        env.put("MARELLE_MAIL_POLL_SECONDS", "2");
        env.put("MARELLE_BASE_URL", url());
        Node node = new Node(name, http, grid, payara.start());
        nodes.removeIf(n -> n.name().equals(name));
        nodes.add(node);
        System.out.println("Starting " + name + " (HTTP " + http + ", grid " + grid + ", log " + log(name) + ")...");
        return node;
    }

    private void startHaproxy() throws IOException, InterruptedException {
        Path haproxyBin = Path.of("/usr/sbin/haproxy");
        if (!Files.isExecutable(haproxyBin)) {
            throw new IllegalStateException("HAProxy is missing: apt-get install -y haproxy");
        }
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 1024
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    # a request that could not reach a node (refused, reset before any answer) goes to another one
                    retries 3
                    option redispatch
                    retry-on conn-failure empty-response
                frontend portal
                    bind 127.0.0.1:%d
                    # a request a node received but never answered (killed) is sent again only when reading:
                    # a POST may have been committed there (a booking, a payment), so the client decides
                    http-request disable-l7-retry unless METH_GET
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                    # pages stick to the node that holds their session (the API needs no stickiness)
                    cookie MARELLE_NODE insert indirect nocache httponly
                """.formatted(base));
        for (Node node : nodes) {
            cfg.append("    server ").append(node.name()).append(" 127.0.0.1:").append(node.httpPort())
                    .append(" check cookie ").append(node.name()).append('\n');
        }
        Path file = folder.resolve("haproxy.cfg");
        Files.writeString(file, cfg);
        haproxy = new ProcessBuilder(haproxyBin.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("haproxy.log").toFile()))
                .start();
        Thread.sleep(3000);
        if (!haproxy.isAlive()) {
            throw new IllegalStateException("HAProxy did not start: see " + folder.resolve("haproxy.log"));
        }
        System.out.println("HAProxy on " + url() + " in front of " + nodes.size() + " node(s)");
    }

    /** The address families and tests use: the load balancer. */
    public String url() {
        return "http://127.0.0.1:" + base;
    }

    public String dbUrl() {
        return database.jdbcUrl();
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public GreenMail mail() {
        return mail;
    }

    public Path log(String name) {
        return folder.resolve(name + ".log");
    }

    /** SIGKILL: the node dies at once, as on a power cut, without finishing its requests. */
    public void kill(Node node) throws InterruptedException {
        node.process().destroyForcibly();
        node.process().waitFor(30, TimeUnit.SECONDS);
    }

    static boolean awaitReady(Node node) throws InterruptedException {
        // nodes starting together share the cores and take turns for the migrations: longer than one alone
        return DevServer.waitUntilReady(node.httpPort(), node.process(), java.time.Duration.ofMinutes(15));
    }

    @Override
    public void close() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        for (Node node : nodes) {
            node.process().destroy();
        }
        for (Node node : nodes) {
            try {
                if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                node.process().destroyForcibly();
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
}

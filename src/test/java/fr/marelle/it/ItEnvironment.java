package fr.marelle.it;

import fr.marelle.devserver.FranceConnectTestProvider;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.marelle.devserver.EmbeddedDatabase;
import fr.marelle.platform.control.PortalClock;
import fr.marelle.platform.control.ThrottledAction;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * What the portal under test needs around it, started once per test JVM and before the first
 * Payara Micro boots: a real PostgreSQL (embedded, or the one of MARELLE_DB_URL), a GreenMail
 * SMTP server, and the file of system properties that failsafe passes to Payara Micro
 * ({@code --systemproperties <marelle.it.dir>/marelle-it.properties}). Everything listens on
 * 127.0.0.1 and is stopped when the JVM exits.
 *
 * <p>Registered by {@link MarelleIT} before Arquillian's extension, whose {@code beforeAll}
 * is what starts Payara Micro.
 */
public final class ItEnvironment implements BeforeAllCallback {

    public static final String DEMO_PASSWORD = "Marelle-Demo-2026!";

    /** The scrape token of the portal under test (MARELLE_METRICS_TOKEN): Prometheus reads /metrics with it. */
    public static final String METRICS_TOKEN = "it-scrape-token-0123456789abcdef";
    private static final Logger LOG = Logger.getLogger(ItEnvironment.class.getName());

    private static volatile Started started;

    /**
     * The clock of the portal under test: the day of {@code marelle.it.today} (from -Dmarelle.today,
     * a fixed school day by default, see the pom), computed here as the portal computes it, so that
     * tests choose their days and months relative to the portal's "today", never the real date.
     */
    private static final String TODAY = System.getProperty("marelle.it.today", "");
    private static final Instant ANCHOR = Instant.now();
    private static final Clock CLOCK = PortalClock.of(TODAY, ANCHOR, Clock.systemUTC());

    private record Started(String jdbcUrl, String dbUser, String dbPassword, GreenMail mail, Path properties) {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    /** Starts the database and the mail server and writes the properties file, once. */
    static synchronized void start() throws IOException, SQLException {
        if (started != null) {
            return;
        }
        long begin = System.nanoTime();
        Path dir = Path.of(System.getProperty("marelle.it.dir", "target/it")).toAbsolutePath();
        Files.createDirectories(dir);

        String jdbcUrl = System.getenv("MARELLE_DB_URL");
        String user;
        String password;
        EmbeddedDatabase database = null;
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            user = System.getenv().getOrDefault("MARELLE_DB_USER", "postgres");
            password = System.getenv().getOrDefault("MARELLE_DB_PASSWORD", "");
            LOG.info(() -> "Integration tests use the database of MARELLE_DB_URL");
        } else {
            database = EmbeddedDatabase.start(dir.resolve("postgres"), 0, false);
            jdbcUrl = database.jdbcUrl();
            user = EmbeddedDatabase.USER;
            password = EmbeddedDatabase.PASSWORD;
        }

        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        Properties props = new Properties();
        props.setProperty("marelle.db.url", jdbcUrl);
        props.setProperty("marelle.db.user", user);
        props.setProperty("marelle.db.password", password);
        props.setProperty("marelle.smtp.host", "127.0.0.1");
        props.setProperty("marelle.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        props.setProperty("marelle.base-url", baseUrl());
        props.setProperty("marelle.demo", "true");
        if (!TODAY.isBlank()) {
            // the same day and anchor as the tests' clock: both clocks agree to the second
            props.setProperty("marelle.today", TODAY);
            props.setProperty("marelle.today.anchor", ANCHOR.toString());
        }
        props.setProperty("marelle.mail.poll-seconds", "1");
        props.setProperty("marelle.metrics.token", METRICS_TOKEN);
        // tests that see a rule change at midnight move the clock (POST /test-clock, see TestClock) and put it back
        props.setProperty("marelle.clock.adjustable", "true");
        // every test comes from 127.0.0.1 and some reuse an e-mail or a household: limits far above what
        // a run does; ThrottleIT fills its own keys' counters to reach them
        for (ThrottledAction action : ThrottledAction.values()) {
            props.setProperty(action.property(), "100000/1h");
        }
        // online payments go to the PayFiP simulator of the portal under test; its payment page is
        // reached on another origin, as the real PayFiP's always is
        props.setProperty("marelle.payment.simulator.enabled", "true");
        // a test portal (demo mode would do, but say it: start-up refuses the simulator elsewhere)
        props.setProperty("marelle.payment.simulator.test", "true");
        props.setProperty("marelle.payment.payfip.endpoint", baseUrl() + "/simulateur-payfip/tpa/services/securite");
        props.setProperty("marelle.payment.payfip.payment-page", paymentPage());
        props.setProperty("marelle.payment.payfip.saisie", "T");
        // the poller settles attempts whose notification never came within seconds, not a minute
        props.setProperty("marelle.payment.poll-seconds", "2");
        // FranceConnect: a local OpenID provider that answers like FranceConnect v2
        FranceConnectTestProvider.start(props);
        Path file = dir.resolve("marelle-it.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "Written by " + ItEnvironment.class.getName() + " for the Payara Micro under test");
        }

        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.stop();
            if (db != null) {
                try {
                    db.close();
                } catch (IOException e) {
                    System.err.println("Stopping the test database: " + e.getMessage());
                }
            }
        }, "marelle-it-environment-stop"));

        started = new Started(jdbcUrl, user, password, mail, file);
        long millis = (System.nanoTime() - begin) / 1_000_000;
        LOG.info(() -> "Test environment ready in " + millis + " ms: " + file + "; the portal runs as of "
                + LocalDateTime.now(CLOCK).withNano(0) + (TODAY.isBlank() ? " (the real date)" : " (marelle.today=" + TODAY + ")"));
    }

    private static Started started() {
        if (started == null) {
            throw new IllegalStateException("the test environment is not started: annotate the test class with @MarelleIT");
        }
        return started;
    }

    /** The portal's clock (Europe/Paris), for "now" in tests. */
    public static Clock clock() {
        return CLOCK;
    }

    /** The portal's today (Europe/Paris). */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    /** The portal under test, always on the loopback address (never the address Arquillian reports). */
    public static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty("marelle.it.port", "18080");
    }

    /**
     * The simulator's payment page as the portal is configured to send payers to it: the same server
     * as {@link #baseUrl()}, but another origin (localhost, not 127.0.0.1), so that the browser leaves
     * the portal's origin to pay as it does with the real PayFiP.
     */
    public static String paymentPage() {
        return "http://localhost:" + System.getProperty("marelle.it.port", "18080") + "/simulateur-payfip/tpa/paiementws.web";
    }

    /** The SMTP server the portal sends its mails to. */
    public static GreenMail mail() {
        return started().mail();
    }

    /** The portal's database, for checks the API cannot make (audit trail, rows not created). */
    public static Connection database() throws SQLException {
        Started s = started();
        return DriverManager.getConnection(s.jdbcUrl(), s.dbUser(), s.dbPassword());
    }

    public static Path propertiesFile() {
        return started().properties();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

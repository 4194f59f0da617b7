package fr.marelle.payment.simulator.control;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator's rules that need no database: where it may send, and the shapes of its ids. */
class PayfipSimulatorRulesTest {

    private static final URI BASE = URI.create("http://127.0.0.1:18080/");
    private static final URI BASE_WITH_PATH = URI.create("https://portail.example.org/famille/");

    @Test
    void notificationAndReturnAddressesMustBeOnThePortal() {
        assertTrue(PayfipSimulator.onPortal("http://127.0.0.1:18080/api/v1/payments/notifications", BASE));
        assertTrue(PayfipSimulator.onPortal("http://127.0.0.1:18080/parent/payment.xhtml?attempt=12", BASE));
        assertTrue(PayfipSimulator.onPortal("https://portail.example.org/famille/parent/payment.xhtml", BASE_WITH_PATH));
        assertTrue(PayfipSimulator.onPortal("https://portail.example.org:443/famille/x", BASE_WITH_PATH));

        assertFalse(PayfipSimulator.onPortal("http://127.0.0.1:9999/notify", BASE), "another port");
        assertFalse(PayfipSimulator.onPortal("http://169.254.169.254/latest/meta-data", BASE), "another host");
        assertFalse(PayfipSimulator.onPortal("https://127.0.0.1:18080/x", BASE), "another scheme");
        assertFalse(PayfipSimulator.onPortal("http://127.0.0.1:18080@evil.example/x", BASE), "user info trick");
        assertFalse(PayfipSimulator.onPortal("http://127.0.0.1:18080.evil.example/x", BASE), "host prefix trick");
        assertFalse(PayfipSimulator.onPortal("https://portail.example.org/autre/x", BASE_WITH_PATH), "outside the path");
        assertFalse(PayfipSimulator.onPortal("https://portail.example.org/famille/../autre/x", BASE_WITH_PATH), "dot segments");
        assertFalse(PayfipSimulator.onPortal("https://portail.example.org/familles/x", BASE_WITH_PATH), "path prefix trick");
        assertFalse(PayfipSimulator.onPortal("javascript:alert(1)", BASE));
        assertFalse(PayfipSimulator.onPortal("", BASE));
        assertFalse(PayfipSimulator.onPortal("http://127.0.0.1:18080/a b", BASE), "not a URI");
    }

    @Test
    void operationIdsAreTimeBasedUuidsOfThePortalsClockAndNeverRepeat() {
        Instant at = Instant.parse("2026-11-17T13:00:00.1234567Z");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(TimeBasedIds.next(at));
        }
        assertEquals(1000, ids.size(), "ids of the same instant differ");
        UUID id = UUID.fromString(ids.iterator().next());
        assertEquals(1, id.version());
        assertEquals(2, id.variant());
        // UUID.timestamp(): 100 ns since 1582-10-15
        long unix100ns = id.timestamp() - 0x01B21DD213814000L;
        assertEquals(at.getEpochSecond() * 10_000_000L + at.getNano() / 100, unix100ns);
    }

    @Test
    void theNotificationCarriesOnlyTheOperationIdNamedAsPayfipNamesIt() {
        assertEquals("idOp=6f1c2b00-d1f3-11f1-8000-0123456789ab", SimulatorNotifier.form("6f1c2b00-d1f3-11f1-8000-0123456789ab"));
    }

    @Test
    void authorisationNumbersLookLikePayfips() {
        for (int i = 0; i < 100; i++) {
            String n = PayfipSimulator.authorisationNumber();
            assertTrue(n.matches("[0-9]{12}-tip"), n);
        }
    }
}

package fr.marelle.notification.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waiting time before the next attempt to send a mail that failed. */
class MailDeliveryTest {

    @Test
    void backOffDoublesFromThirtySeconds() {
        assertEquals(Duration.ofSeconds(30), MailDelivery.backOff(1));
        assertEquals(Duration.ofMinutes(1), MailDelivery.backOff(2));
        assertEquals(Duration.ofMinutes(2), MailDelivery.backOff(3));
        assertEquals(Duration.ofMinutes(4), MailDelivery.backOff(4));
        assertEquals(Duration.ofMinutes(8), MailDelivery.backOff(5));
        assertEquals(Duration.ofMinutes(16), MailDelivery.backOff(6));
        assertEquals(Duration.ofMinutes(32), MailDelivery.backOff(7));
    }

    @Test
    void backOffIsCappedAtOneHour() {
        assertEquals(Duration.ofHours(1), MailDelivery.backOff(8));
        assertEquals(Duration.ofHours(1), MailDelivery.backOff(MailDelivery.MAX_ATTEMPTS));
        assertEquals(Duration.ofHours(1), MailDelivery.backOff(1000));
    }

    @Test
    void backOffNeverShrinks() {
        for (int attempt = 1; attempt < 100; attempt++) {
            assertTrue(MailDelivery.backOff(attempt + 1).compareTo(MailDelivery.backOff(attempt)) >= 0, "attempt " + attempt);
        }
    }
}

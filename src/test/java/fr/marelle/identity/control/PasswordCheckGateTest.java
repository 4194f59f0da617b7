package fr.marelle.identity.control;

import fr.marelle.platform.control.ServerBusyException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordCheckGateTest {

    private static PasswordCheckGate gate(int checks, int queue) {
        PasswordCheckGate gate = new PasswordCheckGate();
        gate.configuredChecks = Optional.of(checks);
        gate.queueLimit = queue;
        gate.init();
        return gate;
    }

    @Test
    void aSignInStormRunsAtMostThePoolsChecksAtOnceAndTellsThoseBeyondTheQueueToRetryLater() throws Exception {
        PasswordCheckGate gate = gate(2, 3);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Boolean>> admitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String login = "parent" + i + "@example.net";
            admitted.add(pool.submit(() -> gate.through(login, () -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return true;
            })));
        }
        // two checking, three waiting: the sixth is refused at once, with the time to wait
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (running.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        ServerBusyException busy = assertThrows(ServerBusyException.class, () -> gate.through("late@example.net", () -> true));
        assertEquals(PasswordCheckGate.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());

        release.countDown();
        for (Future<Boolean> f : admitted) {
            assertTrue(f.get(5, TimeUnit.SECONDS), "the waiting checks run once a slot is free");
        }
        pool.shutdown();
        assertEquals(2, mostAtOnce.get(), "never more checks at once than the pool");
        assertTrue(gate.through("late@example.net", () -> true), "once the storm is over, a sign-in goes through");
    }

    @Test
    void duringAStormAParentToldToRetryGetsInOnTheRetryAheadOfSignInsThatJustArrived() throws Exception {
        PasswordCheckGate gate = gate(1, 4);
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            // no storm yet: a first try may use the whole queue (one checking, four waiting); the next is refused
            CountDownLatch first = new CountDownLatch(1);
            List<Future<Boolean>> wave = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                wave.add(block(pool, gate, "first" + i + "@example.net", first));
                awaitQueued(gate, i);
            }
            assertThrows(ServerBusyException.class, () -> gate.through("Lea@example.net", () -> true));
            first.countDown();
            for (Future<Boolean> f : wave) {
                assertTrue(f.get(5, TimeUnit.SECONDS));
            }

            // the storm goes on: sign-ins that just arrived get half of the queue only
            CountDownLatch second = new CountDownLatch(1);
            List<Future<Boolean>> newcomers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                newcomers.add(block(pool, gate, "second" + i + "@example.net", second));
                awaitQueued(gate, i);
            }
            assertThrows(ServerBusyException.class, () -> gate.through("third@example.net", () -> true),
                    "a first try beyond half of the queue is refused during a storm");
            // Léa, refused before, waits for her turn in the part kept for retries
            Future<Boolean> lea = block(pool, gate, " lea@EXAMPLE.net", second);
            awaitQueued(gate, 3);
            second.countDown();
            assertTrue(lea.get(5, TimeUnit.SECONDS), "the parent told to retry got in on the retry");
            for (Future<Boolean> f : newcomers) {
                assertTrue(f.get(5, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The checks running now, across the sign-ins started by {@link #block}. */
    private static final AtomicInteger CHECKING = new AtomicInteger();

    /** A sign-in whose check lasts until the latch opens. */
    private static Future<Boolean> block(ExecutorService pool, PasswordCheckGate gate, String login, CountDownLatch until) {
        return pool.submit(() -> gate.through(login, () -> {
            CHECKING.incrementAndGet();
            try {
                return until.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                CHECKING.decrementAndGet();
            }
        }));
    }

    /** Waits until one check runs and the given number wait for a slot behind it. */
    private static void awaitQueued(PasswordCheckGate gate, int queued) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((CHECKING.get() < 1 || gate.queued() < queued) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(1, CHECKING.get(), "one check runs");
        assertEquals(queued, gate.queued(), "checks waiting for a slot");
    }
}

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
            admitted.add(pool.submit(() -> gate.through(() -> {
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
        ServerBusyException busy = assertThrows(ServerBusyException.class, () -> gate.through(() -> true));
        assertEquals(PasswordCheckGate.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());

        release.countDown();
        for (Future<Boolean> f : admitted) {
            assertTrue(f.get(5, TimeUnit.SECONDS), "the waiting checks run once a slot is free");
        }
        pool.shutdown();
        assertEquals(2, mostAtOnce.get(), "never more checks at once than the pool");
        assertTrue(gate.through(() -> true), "once the storm is over, a sign-in goes through");
    }
}

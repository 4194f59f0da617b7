package fr.marelle.platform.control;

import java.time.Duration;
import java.time.Instant;

/**
 * A fixed window of a throttle: windows of one length are aligned on the epoch, so every node
 * computes the same window for the same instant and they share one counter row.
 */
public record ThrottleWindow(Instant start, Duration length) {

    public static ThrottleWindow containing(Instant now, Duration length) {
        long seconds = length.toSeconds();
        long epoch = now.getEpochSecond();
        return new ThrottleWindow(Instant.ofEpochSecond(epoch - Math.floorMod(epoch, seconds)), length);
    }

    public Instant end() {
        return start.plus(length);
    }

    /** Whole seconds until the window ends (at least 1), for Retry-After. */
    public long secondsLeft(Instant now) {
        long millis = Duration.between(now, end()).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}

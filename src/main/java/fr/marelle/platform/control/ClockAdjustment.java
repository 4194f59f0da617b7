package fr.marelle.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the integration tests moved the portal's clock while it runs (to see a rule change at midnight
 * without waiting for it). Only a clock produced with {@code marelle.clock.adjustable} in demo mode follows
 * it: a real portal's clock never moves (see {@link ClockProducer}).
 */
@ApplicationScoped
public class ClockAdjustment {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public Duration offset() {
        return offset.get();
    }

    public void set(Duration newOffset) {
        offset.set(newOffset);
    }

    /** The clock moved by this adjustment, read at every call. */
    Clock applyTo(Clock base) {
        return new Adjusted(base, this);
    }

    private static final class Adjusted extends Clock {

        private final Clock base;
        private final ClockAdjustment adjustment;

        Adjusted(Clock base, ClockAdjustment adjustment) {
            this.base = base;
            this.adjustment = adjustment;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Adjusted(base.withZone(zone), adjustment);
        }

        @Override
        public Instant instant() {
            return base.instant().plus(adjustment.offset());
        }
    }
}

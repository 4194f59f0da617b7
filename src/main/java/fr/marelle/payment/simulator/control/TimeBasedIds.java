package fr.marelle.payment.simulator.control;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Operation ids shaped like PayFiP's: time-based UUIDs (RFC 4122 version 1), with the time taken
 * from the portal's clock and a random clock sequence and node (multicast bit set, as the RFC asks
 * for a node that is not a network card's address), so that two ids of the same instant differ.
 */
final class TimeBasedIds {

    /** 100-nanosecond intervals from the Gregorian reform (1582-10-15) to 1970-01-01. */
    private static final long GREGORIAN_TO_UNIX = 0x01B21DD213814000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeBasedIds() {
    }

    static String next(Instant at) {
        long ticks = GREGORIAN_TO_UNIX + at.getEpochSecond() * 10_000_000L + at.getNano() / 100;
        long timeLow = ticks & 0xFFFF_FFFFL;
        long timeMid = (ticks >>> 32) & 0xFFFFL;
        long timeHigh = (ticks >>> 48) & 0x0FFFL;
        long msb = (timeLow << 32) | (timeMid << 16) | 0x1000L | timeHigh;
        long clockSequence = RANDOM.nextInt(1 << 14);
        long node = (RANDOM.nextLong() & 0xFFFF_FFFF_FFFFL) | 0x0100_0000_0000L;
        long lsb = (0x8000L | clockSequence) << 48 | node;
        return new UUID(msb, lsb).toString();
    }
}

package fr.marelle.booking.control;

import jakarta.persistence.EntityManager;

import java.util.Comparator;
import java.util.List;

/**
 * A place a booking action expects on a session, read without locking it: counted at the very end of the
 * action with one conditional statement, so that the session's row lock is held only from there to the
 * commit. When the session changed meanwhile (the last place went to another family, or a place was
 * freed, or it was closed), the statement finds no row and the action is decided again, locked.
 */
record ExpectedPlace(long sessionId, Kind kind) {

    enum Kind {
        /** a confirmed place: one more confirmed, while some are left */
        PLACE("update activity_session set confirmed = confirmed + 1"
                + " where id = ?1 and status = 'OPEN' and confirmed < capacity"),
        /** a place on the waiting list: one more waiting, while the session is still full */
        WAITING("update activity_session set waiting = waiting + 1"
                + " where id = ?1 and status = 'OPEN' and confirmed >= capacity"),
        /** refused as full (no waiting list): still full, not a place freed meanwhile */
        STILL_FULL("select 1 from activity_session where id = ?1 and (status <> 'OPEN' or confirmed >= capacity)");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    /**
     * Counts the places in session order (two actions on the same sessions never wait on each other
     * crosswise); false at the first one that is not there any more.
     */
    static boolean allThere(EntityManager em, List<ExpectedPlace> expected) {
        for (ExpectedPlace place : expected.stream().sorted(Comparator.comparingLong(ExpectedPlace::sessionId)).toList()) {
            var statement = em.createNativeQuery(place.kind().sql).setParameter(1, place.sessionId());
            boolean there = place.kind() == Kind.STILL_FULL ? !statement.getResultList().isEmpty()
                    : statement.executeUpdate() == 1;
            if (!there) {
                return false;
            }
        }
        return true;
    }
}

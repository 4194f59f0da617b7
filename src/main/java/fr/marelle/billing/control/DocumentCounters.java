package fr.marelle.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reserves numbers of a gapless series in the caller's transaction: the counter row of the
 * series, year and régie is created or incremented in one statement, which keeps it locked until
 * the transaction ends. Two validations of the same series wait for each other; a rollback gives
 * the numbers back (a sequence would not).
 */
@ApplicationScoped
public class DocumentCounters {

    @PersistenceContext
    EntityManager em;

    /** Reserves {@code count} numbers and returns the first (the others follow it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reserve(DocumentNumbers.Series series, int year, String regieCode, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        Number last = (Number) em.createNativeQuery("insert into document_counter (series, year, regie_code, last_number)"
                        + " values (?1, ?2, ?3, ?4) on conflict (series, year, regie_code)"
                        + " do update set last_number = document_counter.last_number + excluded.last_number"
                        + " returning last_number")
                .setParameter(1, series.name()).setParameter(2, year).setParameter(3, regieCode).setParameter(4, count)
                .getSingleResult();
        return last.intValue() - count + 1;
    }
}

package fr.marelle.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Runs of scheduled work that must happen once across nodes (e.g. the nightly retention run): every node
 * asks at the scheduled time, the first one to insert its claim for the period gets it. A node that dies
 * during its run leaves the period done; the jobs using this catch up by themselves at the next period.
 */
@ApplicationScoped
public class JobClaims {

    /** This process, as the claims name it: pid@host. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this node gets the job's run for the period (committed at once, whatever the run does next). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, String period) {
        return em.createNativeQuery("insert into job_claim (job, period, node, claimed_at) values (?1, ?2, ?3, ?4)"
                        + " on conflict do nothing")
                .setParameter(1, job).setParameter(2, period).setParameter(3, NODE)
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate() == 1;
    }
}

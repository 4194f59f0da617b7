package fr.marelle.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Each régie collects through its own PayFiP client number (numcli), kept on the régie. */
@ApplicationScoped
public class PayfipClients {

    @PersistenceContext
    EntityManager em;

    /** The régie's PayFiP client number, empty when the régie takes no online payment. */
    public Optional<String> ofRegie(String regieCode) {
        List<?> rows = em.createNativeQuery("select payfip_client from regie where code = ?1 and payfip_client is not null")
                .setParameter(1, regieCode).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /** Every client number set on a régie. */
    public List<String> all() {
        return em.createNativeQuery("select payfip_client from regie where payfip_client is not null order by code")
                .getResultList().stream().map(Object::toString).toList();
    }
}

package fr.marelle.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The town's account number at the payment provider, per régie (régies without one take no online payment). */
@ApplicationScoped
public class ProviderAccounts {

    @PersistenceContext
    EntityManager em;

    /** Régie code → name, for every régie. */
    public Map<String, String> regieNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select code, name from regie order by code").getResultList()) {
            Object[] r = (Object[]) row;
            names.put((String) r[0], (String) r[1]);
        }
        return names;
    }

    /** Régie code → client number, for the régies where online payment is set up. */
    public Map<String, String> clientNumbers() {
        Map<String, String> numbers = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("select code, payfip_client from regie where payfip_client is not null order by code")
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            numbers.put((String) r[0], (String) r[1]);
        }
        return numbers;
    }
}

package fr.marelle.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each régie collects through its own PayFiP client number (numcli), kept on the régie. */
@ApplicationScoped
public class PayfipClients {

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    AuditTrail audit;

    /** The régie's PayFiP client number, empty when the régie takes no online payment. */
    public Optional<String> ofRegie(String regieCode) {
        List<?> rows = em.createNativeQuery("select payfip_client from regie where code = ?1 and payfip_client is not null")
                .setParameter(1, regieCode).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /** Régie code → client number, for the régies that take online payment. */
    public Map<String, String> byRegie() {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select code, payfip_client from regie where payfip_client is not null order by code")
                .getResultList()) {
            Object[] r = (Object[]) row;
            numbers.put((String) r[0], (String) r[1]);
        }
        return numbers;
    }

    /** Every client number set on a régie. */
    public List<String> all() {
        return em.createNativeQuery("select payfip_client from regie where payfip_client is not null order by code")
                .getResultList().stream().map(Object::toString).toList();
    }

    /**
     * The administrator sets (or removes, with a blank) a régie's client number: six digits, as
     * PayFiP gives them. Without one the régie's invoices are paid at the counter only.
     */
    @Transactional
    public void set(long actorId, String regieCode, String clientNumber) {
        access.requireAdmin(actorId);
        String typed = clientNumber == null ? "" : clientNumber.strip();
        if (!typed.isEmpty() && !typed.matches("\\d{6}")) {
            throw RuleViolationException.of("payfipClient-" + regieCode, "payfip.client.format");
        }
        List<?> before = em.createNativeQuery("select payfip_client from regie where code = ?1 for update")
                .setParameter(1, regieCode).getResultList();
        if (before.isEmpty()) {
            throw new UnknownRecordException("regie", 0);
        }
        em.createNativeQuery("update regie set payfip_client = ?1 where code = ?2")
                .setParameter(1, typed.isEmpty() ? null : typed).setParameter(2, regieCode).executeUpdate();
        audit.record("payment.payfipClient.set", "regie", regieCode, java.util.Collections.singletonMap("payfipClient", before.get(0)),
                java.util.Collections.singletonMap("payfipClient", typed.isEmpty() ? null : typed));
    }
}

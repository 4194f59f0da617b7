package fr.marelle.treasury.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a family now pays an invoice the accountant took over: the rôle (exercise, bordereau) and the article
 * of the accepted PES file, as the payment notice (avis des sommes à payer) will show them. Callers check access.
 */
@ApplicationScoped
public class TreasuryNotices {

    public record Notice(int exercise, int bordereau, int article, LocalDate acceptedOn) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Notice> of(long invoiceId) {
        List<?> rows = em.createNativeQuery("select e.exercise, e.bordereau, a.article, t.sent_on from pes_export_article a"
                        + " join pes_export e on e.id = a.export_id join invoice_treasury_transfer t on t.invoice_id = a.invoice_id"
                        + " where a.invoice_id = ?1 and e.status = 'ACCEPTED' order by e.id desc limit 1")
                .setParameter(1, invoiceId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Notice(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                r[3] instanceof LocalDate d ? d : ((java.sql.Date) r[3]).toLocalDate()));
    }
}

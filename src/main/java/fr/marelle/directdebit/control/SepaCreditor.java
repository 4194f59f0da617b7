package fr.marelle.directdebit.control;

import fr.marelle.platform.control.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The town as SEPA creditor, per régie, in the treasury settings (table {@code treasury_sepa_creditor}, edited by the
 * administrator through {@code TreasuryBudgets}): the creditor identifier (ICS), the name on the debtors' statements
 * (default: the town's name), the RUM prefix of new mandates (default MARELLE), and the account the debits are paid
 * into. A régie without an ICS collects no direct debit; without an IBAN no run can be made for it.
 */
@ApplicationScoped
public class SepaCreditor {

    public static final String DEFAULT_RUM_PREFIX = "MARELLE";

    /** A régie's creditor as entered; name and RUM prefix null when the defaults apply, IBAN null when not entered yet. */
    public record Creditor(String ics, String name, String rumPrefix, String iban, String bic) {
    }

    /** The creditor as written on mandates and files, defaults applied. */
    public record Town(String ics, String name, String rumPrefix) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    /** A régie's creditor as entered (empty: none). */
    public Optional<Creditor> ofRegie(String regieCode) {
        List<?> rows = em.createNativeQuery("select ics, creditor_name, rum_prefix, iban, bic from treasury_sepa_creditor where regie_code = ?1")
                .setParameter(1, regieCode).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Creditor((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]);
        });
    }

    /**
     * The creditor new mandates are signed for: the town's, which régies that share an account share. When régies have
     * different identifiers, the one of the first régie by code; runs of the other régies debit no mandate signed for it.
     */
    public Optional<Town> current() {
        List<?> codes = em.createNativeQuery("select regie_code from treasury_sepa_creditor order by regie_code limit 1").getResultList();
        return codes.stream().findFirst().flatMap(code -> ofRegie((String) code)).map(this::town);
    }

    /** The creditor with its defaults: the town's name, the MARELLE prefix. */
    public Town town(Creditor c) {
        return new Town(c.ics(), c.name() != null ? c.name() : config.townName(),
                c.rumPrefix() != null ? c.rumPrefix() : DEFAULT_RUM_PREFIX);
    }

    /** Replaces a régie's creditor (null: none), in the caller's transaction; the caller checks and audits. */
    public void replace(String regieCode, Creditor c, long adminId, OffsetDateTime at) {
        if (c == null) {
            em.createNativeQuery("delete from treasury_sepa_creditor where regie_code = ?1").setParameter(1, regieCode).executeUpdate();
            return;
        }
        em.createNativeQuery("insert into treasury_sepa_creditor (regie_code, ics, creditor_name, rum_prefix, iban, bic, updated_by, updated_at)"
                        + " values (?1, ?2, cast(?3 as varchar), cast(?4 as varchar), cast(?5 as varchar), cast(?6 as varchar), ?7, ?8) on conflict (regie_code) do update set ics = excluded.ics,"
                        + " creditor_name = excluded.creditor_name, rum_prefix = excluded.rum_prefix, iban = excluded.iban, bic = excluded.bic,"
                        + " updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .setParameter(1, regieCode).setParameter(2, c.ics()).setParameter(3, c.name()).setParameter(4, c.rumPrefix())
                .setParameter(5, c.iban()).setParameter(6, c.bic()).setParameter(7, adminId).setParameter(8, at).executeUpdate();
    }
}
